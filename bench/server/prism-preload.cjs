/**
 * A harness fix for bench/server.ts, loaded into Prism's process with `node --require` (not part of the contract).
 *
 * Prism 5.14.2 puts the validation messages of a request / its mocked answer, as JSON, into the `sl-violations`
 * response header. The messages quote the contract's Japanese text, and Node refuses header values with characters
 * outside Latin-1 ("Invalid character in header content"); Prism does not catch that, so it exits on the first request.
 *
 * This wraps `ServerResponse.prototype.setHeader`: every character outside printable ASCII (and tab) in the
 * `sl-violations` value is written as a JSON `\uXXXX` escape, which leaves the JSON value the same. Any other header
 * value that Node would refuse is escaped the same way. Header values that Node accepts are left untouched.
 */
'use strict';
const { ServerResponse } = require('node:http');

const UNSAFE = /[^\t\x20-\x7e]/g;
const REFUSED = /[^\t\x20-\x7e\x80-\xff]/;
const escape = (text) => text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const safe = (name, value) => {
  if (typeof value !== 'string') return value;
  if (String(name).toLowerCase() === 'sl-violations' || REFUSED.test(value)) return escape(value);
  return value;
};

const setHeader = ServerResponse.prototype.setHeader;
ServerResponse.prototype.setHeader = function setSafeHeader(name, value) {
  return setHeader.call(this, name, Array.isArray(value) ? value.map((v) => safe(name, v)) : safe(name, value));
};
