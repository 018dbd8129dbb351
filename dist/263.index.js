export const id = 263;
export const ids = [263];
export const modules = {

/***/ 8263:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  claimHeader: () => (/* binding */ claimHeader),
  releaseHeader: () => (/* binding */ releaseHeader)
});

// UNUSED EXPORTS: recordPath

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/proper-lockfile/index.js
var proper_lockfile = __webpack_require__(3648);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
// EXTERNAL MODULE: ./src/event/json.ts
var json = __webpack_require__(2424);
// EXTERNAL MODULE: ./src/action/docker-config/source-client.ts
var source_client = __webpack_require__(8635);
// EXTERNAL MODULE: ./src/action/docker-config/path.ts
var path = __webpack_require__(6109);
;// CONCATENATED MODULE: ./src/action/docker-config/header.ts
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
function planHeaderWrite(configPath, value, options = {}) {
    const filePath = resolveConfigFile(configPath);
    const folderExists = options.folderExisted ?? (0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(filePath));
    checkLinkTargetFolder(configPath, filePath);
    const fileExists = (0,external_node_fs_.existsSync)(filePath);
    const text = fileExists ? (0,external_node_fs_.readFileSync)(filePath, 'utf8') : '';
    const config = fileExists ? parseConfig(filePath, text) : {};
    const blank = fileExists && isBlank(text);
    const headers = (0,json/* ownField */.hQ)(config, HEADERS_KEY);
    if (headers !== undefined && !(0,json/* isJsonObject */.OW)(headers)) {
        throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" is not a JSON object; fix or remove it, then run again (the file was not changed)`);
    }
    const header = (headers && headerKey(filePath, headers)) ?? source_client/* SOURCE_CLIENT_HEADER */.AQ;
    const previous = headers === undefined ? undefined : (0,json/* ownField */.hQ)(headers, header);
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
    const newText = textWithHeader(fileExists ? text : undefined, header, value);
    return {
        change,
        write: () => {
            if (newText === text)
                return;
            if (!folderExists)
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(filePath), { recursive: true, mode: 0o700 });
            writeConfig(filePath, newText, fileExists);
        }
    };
}
/** A config.json linked into a folder that does not exist: Docker could not read it there, and this action will not create it. */
function checkLinkTargetFolder(configPath, filePath) {
    if (filePath !== configPath && !(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(filePath))) {
        throw new DockerConfigError(`${configPath} is a symbolic link to ${filePath}, whose folder ${(0,external_node_path_.dirname)(filePath)} does not exist; create that folder or remove the link, then run again (nothing was changed)`);
    }
}
/**
 * The key the file already uses for X-Meta-Source-Client, in whatever case:
 * Docker canonicalises header names, so `x-meta-source-client` is the same
 * header, and adding a second spelling would leave Docker to pick one.
 */
function headerKey(filePath, headers) {
    const wanted = source_client/* SOURCE_CLIENT_HEADER */.AQ.toLowerCase();
    const keys = Object.keys(headers).filter(key => key.toLowerCase() === wanted);
    if (keys.length > 1) {
        throw new DockerConfigError(`${filePath}: "${HEADERS_KEY}" names X-Meta-Source-Client ${keys.length} times (${keys.map(k => `"${k}"`).join(', ')}); Docker would send only one of them. Keep one, then run again (the file was not changed)`);
    }
    return keys[0];
}
/** Puts the header back as it was before `change`, keeping every other change made to the file since. */
function restoreHeader(change) {
    if (!(0,external_node_fs_.existsSync)(change.filePath))
        return 'file-missing';
    const text = (0,external_node_fs_.readFileSync)(change.filePath, 'utf8');
    // Someone set their own value after us: theirs wins.
    if (headerIn(parseConfig(change.filePath, text), change.header) !== change.value)
        return 'changed-since';
    const restored = change.previous !== null
        ? withHeader(text, change.header, change.previous)
        : withoutHeader(text, change.header, { removeEmptyHeaders: change.createdHeaders });
    if (change.blankText !== undefined && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
        writeConfig(change.filePath, change.blankText, true);
        return 'restored';
    }
    if (change.createdFile && Object.keys(parseConfig(change.filePath, restored)).length === 0) {
        (0,external_node_fs_.unlinkSync)(change.filePath);
        if (change.createdFolder)
            removeFolderIfEmpty((0,external_node_path_.dirname)(change.filePath));
        return 'removed-file';
    }
    if (restored === text)
        return 'unchanged';
    writeConfig(change.filePath, restored, true);
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
        (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
        const where = errors[0] ? ` at ${(0,json/* lineAndColumn */.q1)(text, errors[0].offset)}` : (0,json/* describeJsonErrorPosition */.pD)(error, text);
        throw new DockerConfigError(`${filePath} is not valid JSON${where}; ${unchanged}`);
    }
    if (!(0,json/* isJsonObject */.OW)(config)) {
        throw new DockerConfigError(`${filePath} holds ${Array.isArray(config) ? 'an array' : String(config === null ? 'null' : typeof config)}, not a JSON object; ${unchanged}`);
    }
    const root = (0,main.parseTree)(text);
    const duplicate = duplicateKey(root, HEADERS_KEY);
    if (duplicate)
        throw new DockerConfigError(`${filePath} has "${HEADERS_KEY}" twice (again at ${(0,json/* lineAndColumn */.q1)(text, duplicate.offset)}); Docker reads only the last. Merge them into one; ${unchanged}`);
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
    const root = (0,main.parseTree)(text);
    if ((0,main.findNodeAtLocation)(root, [HEADERS_KEY, header]))
        return (0,main.applyEdits)(text, (0,main.modify)(text, [HEADERS_KEY, header], value, {}));
    const headers = (0,main.findNodeAtLocation)(root, [HEADERS_KEY]);
    return headers ? insertMember(text, headers, header, value) : insertMember(text, root, HEADERS_KEY, { [header]: value });
}
/**
 * Removes the header (and HttpHeaders, when asked and left empty). jsonc-parser
 * removes a member from the end of its previous sibling, which is exactly the
 * span insertMember added.
 */
function withoutHeader(text, header, options) {
    const removed = (0,main.applyEdits)(text, (0,main.modify)(text, [HEADERS_KEY, header], undefined, {}));
    const headers = (0,main.findNodeAtLocation)((0,main.parseTree)(removed), [HEADERS_KEY]);
    if (!options.removeEmptyHeaders || headers?.type !== 'object' || (headers.children?.length ?? 0) > 0)
        return removed;
    return (0,main.applyEdits)(removed, (0,main.modify)(removed, [HEADERS_KEY], undefined, {}));
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
    return `${JSON.stringify({ [HEADERS_KEY]: { [source_client/* SOURCE_CLIENT_HEADER */.AQ]: value } }, null, '\t')}\n`;
}
/** Temporary file in the same folder, same mode, flushed, then renamed over the target. */
function writeFileAtomic(filePath, text, mode) {
    const temporary = (0,external_node_path_.join)((0,external_node_path_.dirname)(filePath), `.${(0,external_node_path_.basename)(filePath)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temporary, 'wx', mode);
    try {
        writeAll(fd, Buffer.from(text, 'utf8'));
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.unlinkSync)(temporary);
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    try {
        (0,external_node_fs_.chmodSync)(temporary, mode); // the umask narrowed the mode given to open
        (0,external_node_fs_.renameSync)(temporary, filePath);
    }
    catch (error) {
        (0,external_node_fs_.unlinkSync)(temporary);
        throw error;
    }
}
/** writeSync may write fewer bytes than asked (a full disk, a signal): write until every byte is written. */
function writeAll(fd, bytes) {
    let written = 0;
    while (written < bytes.length)
        written += (0,external_node_fs_.writeSync)(fd, bytes, written, bytes.length - written);
}
/** Linux's own limit on links followed in one path (ELOOP beyond). */
const MAX_LINKS = 40;
/**
 * The file config.json is, through every symbolic link of a chain, even when
 * the chain ends at a file that does not exist yet: that file is the one to
 * create, and every link stays a link.
 */
function resolveConfigFile(path) {
    if ((0,external_node_fs_.existsSync)(path))
        return (0,external_node_fs_.realpathSync)(path);
    let current = path;
    for (let links = 0; links < MAX_LINKS; links++) {
        let isLink;
        try {
            isLink = (0,external_node_fs_.lstatSync)(current).isSymbolicLink();
        }
        catch {
            return current; // the end of the chain: no such file yet
        }
        if (!isLink)
            return current;
        current = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(current), (0,external_node_fs_.readlinkSync)(current));
    }
    throw new DockerConfigError(`${path} is a chain of more than ${MAX_LINKS} symbolic links (a loop?); fix the links, then run again (nothing was changed)`);
}
/** The header's value in the file now; undefined when the file, HttpHeaders or the header is missing. Throws what reading throws. */
function headerValueIn(filePath, header) {
    if (!(0,external_node_fs_.existsSync)(filePath))
        return undefined;
    return headerIn(parseConfig(filePath, (0,external_node_fs_.readFileSync)(filePath, 'utf8')), header);
}
function headerIn(config, header) {
    const headers = (0,json/* ownField */.hQ)(config, HEADERS_KEY);
    return (0,json/* isJsonObject */.OW)(headers) ? (0,json/* ownField */.hQ)(headers, header) : undefined;
}
/** Sets the header to `value`, changing no other byte; creates the file (0600) when it is missing or blank. */
function writeHeaderValue(filePath, header, value) {
    const exists = (0,external_node_fs_.existsSync)(filePath);
    const text = exists ? (0,external_node_fs_.readFileSync)(filePath, 'utf8') : '';
    parseConfig(filePath, text);
    const newText = textWithHeader(exists ? text : undefined, header, value);
    if (newText !== text)
        writeConfig(filePath, newText, exists);
}
/** The config's text with the header set; a missing (undefined) or blank file becomes a new config, as Docker reads it as {}. */
function textWithHeader(text, header, value) {
    return text === undefined || isBlank(text) ? newConfigText(value) : withHeader(text, header, value);
}
/** Over the file, in its mode; a new one 0600, as Docker creates it (it may come to hold credentials). */
function writeConfig(filePath, text, existed) {
    writeFileAtomic(filePath, text, existed ? (0,external_node_fs_.statSync)(filePath).mode & 0o7777 : 0o600);
}
function removeFolderIfEmpty(folder) {
    try {
        if ((0,external_node_fs_.lstatSync)(folder).isDirectory())
            (0,external_node_fs_.rmdirSync)(folder);
    }
    catch {
        // Not empty, or gone: either way it is no longer ours to remove.
    }
}

;// CONCATENATED MODULE: ./src/action/docker-config/holders.ts
// Jobs on one self-hosted runner share one HOME, so one Docker config. Each
// job's main step takes the header for itself, and its post step hands it to
// the job that set it before (still running), or, after the last job, puts the
// file back as it was before the first. Who holds the header, in the order
// they took it, and how the file was before the first, are kept in a record
// beside config.json that leaves with the last holder. Every read-modify-write
// of the config and the record happens under one lock (proper-lockfile: a lock
// folder, created atomically, with stale-lock recovery).





/** Beside the file, hidden: Docker reads only config.json. */
function recordPath(filePath) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(filePath), `.${(0,external_node_path_.basename)(filePath)}.source-client.json`);
}
/**
 * Takes the header for this job: writes `value`, and records the holder.
 * `onClaim` is called before the config is written, so that the post step can
 * undo a write that got interrupted.
 */
async function claimHeader(configPath, value, onClaim) {
    const filePath = resolveConfigFile(configPath);
    const folder = (0,external_node_path_.dirname)(filePath);
    const folderExisted = (0,external_node_fs_.existsSync)(folder);
    // Before the folder is made below: a link's target folder is the user's to create.
    checkLinkTargetFolder(configPath, filePath);
    if (!folderExisted)
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: 0o700 });
    const claim = { configPath, filePath, holder: (0,external_node_crypto_.randomUUID)(), value };
    try {
        await underLock(filePath, () => {
            const record = readRecord(filePath);
            if (record === undefined) {
                const plan = planHeaderWrite(configPath, value, { folderExisted });
                onClaim(claim);
                writeRecord(filePath, { original: plan.change, holders: [{ holder: claim.holder, value }] });
                plan.write();
            }
            else {
                onClaim(claim);
                writeRecord(filePath, { ...record, holders: [...record.holders, { holder: claim.holder, value }] });
                writeHeaderValue(filePath, record.original.header, value);
            }
        });
    }
    catch (error) {
        if (!folderExisted)
            removeFolderIfEmpty(folder);
        throw error;
    }
    return claim;
}
/**
 * The post step: gives up this job's hold. The header goes to the job that
 * held it before, when one still runs; after the last holder, the file is put
 * back as it was before the first. A value another step set since is left.
 */
async function releaseHeader(claim) {
    const filePath = claim.filePath;
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.dirname)(filePath)))
        return 'file-missing';
    let removeFolder = false;
    const outcome = await underLock(filePath, () => {
        const record = readRecord(filePath);
        if (record === undefined || !record.holders.some(h => h.holder === claim.holder))
            return 'not-held';
        const inEffect = record.holders.at(-1).value;
        const holders = record.holders.filter(h => h.holder !== claim.holder);
        // Our hold ends whatever happens to the file: a file we cannot read must not keep later jobs from restoring it.
        if (holders.length > 0)
            writeRecord(filePath, { ...record, holders });
        else
            (0,external_node_fs_.rmSync)(recordPath(filePath), { force: true });
        const current = headerValueIn(filePath, record.original.header);
        if (current === undefined && !(0,external_node_fs_.existsSync)(filePath))
            return 'file-missing';
        if (current !== inEffect)
            return 'changed-since';
        if (holders.length > 0) {
            writeHeaderValue(filePath, record.original.header, holders.at(-1).value);
            return 'handed-over';
        }
        const restored = restoreHeader({ ...record.original, value: inEffect });
        removeFolder = restored === 'removed-file' && record.original.createdFolder;
        return restored;
    });
    // After the lock is gone: its folder sits beside the file.
    if (removeFolder)
        removeFolderIfEmpty((0,external_node_path_.dirname)(filePath));
    return outcome;
}
async function underLock(filePath, action) {
    const target = recordPath(filePath);
    const release = await (0,proper_lockfile.lock)(target, {
        realpath: false,
        lockfilePath: `${target}.lock`,
        // A job killed while holding the lock leaves its folder; after 30 s without an update it is taken over.
        stale: 30_000,
        retries: { retries: 60, minTimeout: 50, maxTimeout: 1000 },
        // The edit is a few milliseconds of synchronous work: a lock lost meanwhile has nothing left to protect.
        onCompromised: () => { }
    }).catch((error) => {
        throw new DockerConfigError(`Cannot lock ${target}.lock (${error.code ?? error.message}) to change ${filePath}; nothing was changed`);
    });
    try {
        return action();
    }
    finally {
        await release();
    }
}
function readRecord(filePath) {
    const path = recordPath(filePath);
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        const record = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        if (record && Array.isArray(record.holders) && record.holders.length > 0 && typeof record.original?.header === 'string')
            return record;
    }
    catch {
        // Unreadable: handled as none, below.
    }
    throw new DockerConfigError(`${path} is not a record this action wrote; remove it once no job on this runner uses source-client, then run again`);
}
function writeRecord(filePath, record) {
    writeFileAtomic(recordPath(filePath), `${JSON.stringify(record, null, '\t')}\n`, 0o600);
}


/***/ })

};
