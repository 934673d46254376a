// ja messages: cisco-ios
const messages: Record<string, string> = {};
export default messages;
