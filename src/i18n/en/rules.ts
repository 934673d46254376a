// en messages: rules
const messages: Record<string, string> = {};
export default messages;
