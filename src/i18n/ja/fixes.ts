// ja messages: fixes
const messages: Record<string, string> = {};
export default messages;
