// @goradar/gosrc: a fast Go source scanner and parser, with code-practice signals.
export {};
