// en messages: cisco-asa
const messages: Record<string, string> = {};
export default messages;
