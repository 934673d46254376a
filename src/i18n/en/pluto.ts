// en messages: pluto
const messages: Record<string, string> = {};
export default messages;
