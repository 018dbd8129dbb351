export const id = 631;
export const ids = [631];
export const modules = {

/***/ 7631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DockerConfigError: () => (/* binding */ DockerConfigError),
/* harmony export */   dockerConfigPath: () => (/* reexport safe */ _docker_config_path_js__WEBPACK_IMPORTED_MODULE_6__.Q),
/* harmony export */   planHeaderWrite: () => (/* binding */ planHeaderWrite),
/* harmony export */   restoreHeader: () => (/* binding */ restoreHeader)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _event_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2424);
/* harmony import */ var _source_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3030);
/* harmony import */ var _docker_config_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2595);
// Sets one header in the Docker CLI's config.json and puts it back later,
// changing no other byte of the file. Edits are made on the text, located with
// jsonc-parser's syntax tree, so keys, order, formatting and numbers we do not
// touch stay exactly as they were, and the post step's removal is the exact
// inverse of the main step's insertion. Writes go through a temporary file and
// a rename, as the Docker CLI itself saves the file.







const HEADERS_KEY = 'HttpHeaders';
class DockerConfigError extends Error {
    name = 'DockerConfigError';
}
/**
 * Reads the config and works out the change without writing anything, so that
 * the caller can save the change for the post step before the file is touched.
 */
function planHeaderWrite(configPath, value) {
    const folderExists = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(configPath));
    const filePath = resolveSymlink(configPath);
    if (filePath !== configPath && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(filePath))) {
        throw new DockerConfigError(`${configPath} is a symbolic link to ${filePath}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(filePath)} does not exist; create that folder or remove the link, then run again (nothing was changed)`);
    }
    const fileExists = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(filePath);
    const text = fileExists ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(filePath, 'utf8') : '';
    const config = fileExists ? parseConfig(filePath, text) : {};
    const blank = fileExists && isBlank(text);
    const headers = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(config, HEADERS_KEY);
    if (headers !== undefined && !(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(headers)) {
        throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" is not a JSON object; fix or remove it, then run again (the file was not changed)`);
    }
    const header = (headers && headerKey(filePath, headers)) ?? _source_client_js__WEBPACK_IMPORTED_MODULE_5__/* .SOURCE_CLIENT_HEADER */ .AQ;
    const previous = headers === undefined ? undefined : (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(headers, header);
    if (previous !== undefined && typeof previous !== 'string') {
        throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}.${header}" is not a string (the file was not changed)`);
    }
    const change = {
        configPath,
        filePath,
        header,
        value,
        previous: previous ?? null,
        createdFile: !fileExists,
        createdFolder: !folderExists,
        createdHeaders: headers === undefined,
        ...(blank ? { blankText: text } : {})
    };
    const newText = fileExists && !blank ? withHeader(text, header, value) : newConfigText(value);
    return {
        change,
        write: () => {
            if (newText === text)
                return;
            if (!folderExists)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(filePath), { recursive: true, mode: 0o700 });
            writeFileAtomic(filePath, newText, fileExists ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(filePath).mode & 0o7777 : 0o600);
        }
    };
}
/**
 * The key the file already uses for X-Meta-Source-Client, in whatever case:
 * Docker canonicalises header names, so `x-meta-source-client` is the same
 * header, and adding a second spelling would leave Docker to pick one.
 */
function headerKey(filePath, headers) {
    const wanted = _source_client_js__WEBPACK_IMPORTED_MODULE_5__/* .SOURCE_CLIENT_HEADER */ .AQ.toLowerCase();
    const keys = Object.keys(headers).filter(key => key.toLowerCase() === wanted);
    if (keys.length > 1) {
        throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" names X-Meta-Source-Client ${keys.length} times (${keys.map(k => `"${k}"`).join(', ')}); Docker would send only one of them. Keep one, then run again (the file was not changed)`);
    }
    return keys[0];
}
/** Puts the header back as it was before `change`, keeping every other change made to the file since. */
function restoreHeader(change) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(change.filePath))
        return 'file-missing';
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(change.filePath, 'utf8');
    const config = parseConfig(change.filePath, text);
    const headers = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(config, HEADERS_KEY);
    const current = (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(headers) ? (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .ownField */ .hQ)(headers, change.header) : undefined;
    // Someone set their own value after us: theirs wins.
    if (current !== change.value)
        return 'changed-since';
    const restored = change.previous !== null
        ? withHeader(text, change.header, change.previous)
        : withoutHeader(text, change.header, { removeEmptyHeaders: change.createdHeaders });
    if (change.blankText !== undefined && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
        writeFileAtomic(change.filePath, change.blankText, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(change.filePath).mode & 0o7777);
        return 'restored';
    }
    if (change.createdFile && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(change.filePath);
        if (change.createdFolder)
            removeFolderIfEmpty((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(change.filePath));
        return 'removed-file';
    }
    if (restored === text)
        return 'unchanged';
    writeFileAtomic(change.filePath, restored, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(change.filePath).mode & 0o7777);
    return 'restored';
}
/**
 * The config as an object, refusing what Docker and this action would read
 * differently: duplicate keys (JSON.parse keeps the last, a text edit finds
 * the first). Errors give the file and a position, never the file's text: it
 * holds credentials.
 */
function parseConfig(filePath, text) {
    const unchanged = 'fix or remove it, then run again (the file was not changed)';
    // As the Docker CLI reads it: an empty or blank file is an empty config.
    if (isBlank(text))
        return {};
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        const errors = [];
        (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        const where = errors[0] ? ` at ${(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .lineAndColumn */ .q1)(text, errors[0].offset)}` : (0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .describeJsonErrorPosition */ .pD)(error, text);
        throw new DockerConfigError(`${filePath} is not valid JSON${where}; ${unchanged}`);
    }
    if (!(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .isJsonObject */ .OW)(config)) {
        throw new DockerConfigError(`${filePath} holds ${Array.isArray(config) ? 'an array' : String(config === null ? 'null' : typeof config)}, not a JSON object; ${unchanged}`);
    }
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(text);
    const duplicate = duplicateKey(root, HEADERS_KEY);
    if (duplicate)
        throw new DockerConfigError(`${filePath} has "${HEADERS_KEY}" twice (again at ${(0,_event_json_js__WEBPACK_IMPORTED_MODULE_4__/* .lineAndColumn */ .q1)(text, duplicate.offset)}); Docker reads only the last. Merge them into one; ${unchanged}`);
    return config;
}
function isBlank(text) {
    return text.trim() === '';
}
/** The second property node named `key` in an object node, if any. */
function duplicateKey(object, key) {
    const named = (object.children ?? []).filter(member => member.children?.[0]?.value === key);
    return named[1];
}
function withHeader(text, header, value) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(text);
    if ((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.findNodeAtLocation)(root, [HEADERS_KEY, header]))
        return (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.applyEdits)(text, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.modify)(text, [HEADERS_KEY, header], value, {}));
    const headers = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.findNodeAtLocation)(root, [HEADERS_KEY]);
    return headers ? insertMember(text, headers, header, value) : insertMember(text, root, HEADERS_KEY, { [header]: value });
}
/**
 * Removes the header (and HttpHeaders, when asked and left empty). jsonc-parser
 * removes a member from the end of its previous sibling, which is exactly the
 * span insertMember added.
 */
function withoutHeader(text, header, options) {
    const removed = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.applyEdits)(text, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.modify)(text, [HEADERS_KEY, header], undefined, {}));
    const headers = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.findNodeAtLocation)((0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.parseTree)(removed), [HEADERS_KEY]);
    if (!options.removeEmptyHeaders || headers?.type !== 'object' || (headers.children?.length ?? 0) > 0)
        return removed;
    return (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.applyEdits)(removed, (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_3__.modify)(removed, [HEADERS_KEY], undefined, {}));
}
/** Adds `"key": value` after the object's last member, on a line of its own when the object is laid out that way. */
function insertMember(text, object, key, value) {
    const last = object.children?.at(-1);
    if (!last) {
        const at = object.offset + 1;
        return `${text.slice(0, at)}${JSON.stringify(key)}: ${JSON.stringify(value)}${text.slice(at)}`;
    }
    const end = last.offset + last.length;
    const lineStart = text.lastIndexOf('\n', last.offset) + 1;
    const indent = text.slice(lineStart, last.offset);
    const ownLine = lineStart > 0 && /^[ \t]*$/.test(indent);
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const member = ownLine
        ? `,${eol}${indent}${JSON.stringify(key)}: ${JSON.stringify(value, null, indentUnit(text))
            .split('\n')
            .join(eol + indent)}`
        : `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
    return `${text.slice(0, end)}${member}${text.slice(end)}`;
}
/** The file's own indentation step (the Docker CLI writes tabs). */
function indentUnit(text) {
    return /\n([ \t]+)\S/.exec(text)?.[1] ?? '\t';
}
function newConfigText(value) {
    return `${JSON.stringify({ [HEADERS_KEY]: { [_source_client_js__WEBPACK_IMPORTED_MODULE_5__/* .SOURCE_CLIENT_HEADER */ .AQ]: value } }, null, '\t')}\n`;
}
/** Temporary file in the same folder, same mode, flushed, then renamed over the target. */
function writeFileAtomic(filePath, text, mode) {
    const temporary = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(filePath), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(filePath)}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(temporary, 'wx', mode);
    try {
        writeAll(fd, Buffer.from(text, 'utf8'));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fsyncSync)(fd);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
        throw error;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(temporary, mode); // the umask narrowed the mode given to open
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, filePath);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.unlinkSync)(temporary);
        throw error;
    }
}
/** writeSync may write fewer bytes than asked (a full disk, a signal): write until every byte is written. */
function writeAll(fd, bytes) {
    let written = 0;
    while (written < bytes.length)
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, written, bytes.length - written);
}
/** The file a symlinked config.json points at, even when that file does not exist yet. */
function resolveSymlink(path) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync)(path);
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(path).isSymbolicLink())
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(path), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)(path));
    }
    catch {
        // No such file: it will be created where Docker looks for it.
    }
    return path;
}
function removeFolderIfEmpty(folder) {
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(folder).isDirectory())
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmdirSync)(folder);
    }
    catch {
        // Not empty, or gone: either way it is no longer ours to remove.
    }
}


/***/ })

};
