// ja messages: core
const messages: Record<string, string> = {};
export default messages;
