// en messages: panos
const messages: Record<string, string> = {};
export default messages;
