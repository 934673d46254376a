// ja messages: cisco-ikev2
const messages: Record<string, string> = {};
export default messages;
