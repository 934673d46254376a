// en messages: input
const messages: Record<string, string> = {};
export default messages;
