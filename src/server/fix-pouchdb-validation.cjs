/**
 * Preloaded into the local team server (node --require): fixes one line of pouchdb-validation
 * 4.2.0, the validation plugin of pouchdb-server. Before running validate_doc_update it sets the
 * incoming document's `_revisions` to the stored document's, which CouchDB does not do; for a
 * replicated write (`new_edits: false`) that replaces the revision being written with the stored
 * one, so every replicated update to an existing document was answered "written" and dropped.
 * The fix keeps a document's own revision history when it brings one.
 */
const Module = require('node:module');
const path = require('node:path');

const target = path.join('pouchdb-validation', 'lib', 'index.js');
const buggy = 'newDoc._revisions = (oldDoc || {})._revisions;';
const fixed = 'newDoc._revisions = newDoc._revisions || (oldDoc || {})._revisions;';
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith(target)) {
    if (!content.includes(buggy)) throw new Error(`${filename} changed: check whether the fix is still needed`);
    return compile.call(this, content.replace(buggy, fixed), filename);
  }
  return compile.call(this, content, filename);
};
