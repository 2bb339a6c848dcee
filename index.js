// The transform library (lib/) for use outside n8n: parsers, writers, converters and restructurers.
module.exports = require('./dist/lib/index.js');
