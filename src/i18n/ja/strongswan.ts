// ja messages: strongswan
const messages: Record<string, string> = {};
export default messages;
