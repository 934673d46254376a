// ja messages: cisco
const messages: Record<string, string> = {};
export default messages;
