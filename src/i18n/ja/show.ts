// ja messages: show
const messages: Record<string, string> = {};
export default messages;
