import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
import * as __WEBPACK_EXTERNAL_MODULE__azure_functions_0816aa8d__ from "@azure/functions";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2140:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HY: () => (/* binding */ guardOf),
/* harmony export */   Os: () => (/* binding */ sliceAt),
/* harmony export */   Un: () => (/* binding */ GITHUB_COM_RATE_LIMITS),
/* harmony export */   mN: () => (/* binding */ DispatchPacer),
/* harmony export */   s9: () => (/* binding */ MAX_CLOCK_SKEW_MS),
/* harmony export */   t3: () => (/* binding */ roomAt),
/* harmony export */   wV: () => (/* binding */ MemoryBudgetStore)
/* harmony export */ });
/* unused harmony exports SLICES_PER_WINDOW, sliceMs, timeForRoom, describeRateLimits */
// Paces the requests sent to GitHub: one at a time and at least a second
// apart from each instance (GitHub's best practices for mutating requests),
// within its secondary rate limits for requests that create content (80 a
// minute and 500 an hour on GitHub.com), and never before the time GitHub
// named after refusing one ("blocked until"), so that GitHub never has to
// refuse: it asks integrations not to keep hitting these limits, and may
// block those that do.
//
// Each limit's window is cut into SLICES_PER_WINDOW slices; a request takes a
// permit in the current slice, and a permit is given only while the slices
// that a window can overlap (plus one slice of margin for the time a request
// takes to reach GitHub, and, when instances share the counts, the slices
// their clocks may differ by) hold fewer than the limit. That holds against a
// sliding window, the strictest way GitHub could count, and it needs nothing
// but a counter per slice: in memory, or in one row of an Azure table,
// updated on its ETag, which every instance of a storage-mode relay shares.
/** GitHub.com's secondary limits for content-creating requests (docs.github.com, "Rate limits for the REST API"). */
const GITHUB_COM_RATE_LIMITS = [
    { count: 80, windowMs: 60_000 },
    { count: 500, windowMs: 3_600_000 }
];
const SLICES_PER_WINDOW = 10;
/**
 * How far apart the clocks of instances sharing a budget may be: Azure hosts
 * keep theirs within a second of UTC (NTP); the margin is five times that.
 */
const MAX_CLOCK_SKEW_MS = 5_000;
const sliceMs = (limit) => limit.windowMs / SLICES_PER_WINDOW;
const sliceAt = (limit, at) => Math.floor(at / sliceMs(limit));
/**
 * The slices a permit counts in, around the current one. `back`: a window
 * overlaps SLICES_PER_WINDOW + 1 slices, one more absorbs a request that
 * reaches GitHub later than another sent after it, and a shared budget adds
 * the slices two clocks `skewMs` apart (either way) can put between the
 * permit's slice and the reader's. `ahead`: permits another instance, its
 * clock ahead, counted in what is still the future here.
 */
function guardOf(limit, skewMs) {
    const skewSlices = Math.ceil((2 * skewMs) / sliceMs(limit));
    return { back: SLICES_PER_WINDOW + 1 + skewSlices, ahead: skewSlices };
}
/** Permits that can be taken at `at`, given the counts. */
function roomAt(limits, counts, at, skewMs = 0) {
    let room = Number.POSITIVE_INFINITY;
    limits.forEach((limit, index) => {
        const current = sliceAt(limit, at);
        const { back, ahead } = guardOf(limit, skewMs);
        let used = 0;
        for (let slice = current - back; slice <= current + ahead; slice++)
            used += counts(index, slice);
        room = Math.min(room, limit.count - used);
    });
    return Math.max(0, room);
}
/**
 * When the last of `wanted` more permits could be given, first come first
 * served, if nobody else took any meanwhile: the estimate a sender is given
 * in Retry-After. Constant time in `wanted` (a walk over each limit's guarded
 * slices, a few dozen at most): a relay answering thousands of senders must
 * not spend its event loop estimating.
 */
function timeForRoom(limits, counts, now, wanted, skewMs = 0) {
    let latest = now;
    limits.forEach((limit, index) => {
        const size = sliceMs(limit);
        const current = sliceAt(limit, now);
        const { back, ahead } = guardOf(limit, skewMs);
        let used = 0;
        for (let slice = current - back; slice <= current + ahead; slice++)
            used += counts(index, slice);
        let need = wanted - (limit.count - used);
        if (need <= 0)
            return;
        // Room comes back as the permits counted now leave the guarded range, oldest first: slice s once s + back is past.
        let at = now;
        for (let slice = current - back; slice <= current + ahead && need > 0; slice++) {
            const count = counts(index, slice);
            if (count === 0)
                continue;
            need -= Math.min(need, count);
            at = (slice + back + 1) * size;
        }
        // Beyond those, each guarded range from then on holds `count` more.
        if (need > 0)
            at += Math.ceil(need / limit.count) * (back + 1) * size;
        latest = Math.max(latest, at);
    });
    return latest;
}
/** The counts in this process's memory (the relay without storage is one process). */
class MemoryBudgetStore {
    limits;
    skewMs = 0;
    slices;
    blockedUntil = 0;
    constructor(limits) {
        this.limits = limits;
        this.slices = limits.map(() => new Map());
    }
    take(wanted, clock) {
        const now = clock();
        const counts = (index, slice) => this.slices[index].get(slice) ?? 0;
        const taken = now < this.blockedUntil ? 0 : Math.min(wanted, roomAt(this.limits, counts, now));
        this.limits.forEach((limit, index) => {
            const slices = this.slices[index];
            const current = sliceAt(limit, now);
            if (taken > 0)
                slices.set(current, counts(index, current) + taken);
            // Bounded: only the guarded slices are kept.
            for (const slice of slices.keys())
                if (slice < current - guardOf(limit, 0).back)
                    slices.delete(slice);
        });
        return Promise.resolve({ taken, counts, blockedUntil: this.blockedUntil });
    }
    block(until) {
        this.blockedUntil = Math.max(this.blockedUntil, until);
        return Promise.resolve();
    }
}
/** What a sender is told to wait when the shared budget could not be read. */
const STORE_FAILED_RETRY_AFTER_SECONDS = 5;
/**
 * Hands out permits first come, first served. A request whose permit would
 * come too late for its deadline is told at once, with the seconds after
 * which it could have its turn, so that its sender comes back then instead of
 * after a fixed delay; the estimate costs the same whatever the queue's length.
 */
class DispatchPacer {
    store;
    limits;
    /** Waiters in arrival order from `head` on; those done (served, refused, given up) are skipped. */
    waiting = [];
    head = 0;
    /** Waiters not yet done: a sender's place in the line. */
    live = 0;
    pumping = false;
    /** The counts the store last answered, for estimates between its answers. */
    lastCounts = () => 0;
    blockedUntil = 0;
    /** When the last permit was given, and whether its request is still under way (serial pacing). */
    lastStart = Number.NEGATIVE_INFINITY;
    busy = false;
    wakeUp;
    intervalMs;
    now;
    constructor(store, limits, options = {}) {
        this.store = store;
        this.limits = limits;
        this.intervalMs = options.intervalMs ?? 0;
        this.now = options.now ?? Date.now;
    }
    /** A permit for one request to GitHub, to be used by `latestAt` at the latest; given up when `signal` aborts. */
    acquire(latestAt, signal) {
        const now = this.now();
        if (this.blockedUntil > latestAt)
            return Promise.resolve(this.blockedRefusal(now));
        // Behind others already: told at once when it cannot be its turn in time.
        const at = this.turnAt(this.live + 1, now);
        if (at > latestAt)
            return Promise.resolve(this.refusal(at, now));
        return new Promise(resolve => {
            const waiter = { latestAt, resolve, done: false };
            this.waiting.push(waiter);
            this.live++;
            signal?.addEventListener('abort', () => {
                if (waiter.done)
                    return;
                this.finish(waiter, this.refusal(this.turnAt(this.live, this.now()), this.now()));
            }, { once: true });
            void this.pump();
        });
    }
    /** Records GitHub's "not before" for this process and, through the store, for every instance sharing it. */
    async block(until) {
        this.blockedUntil = Math.max(this.blockedUntil, until);
        await this.store.block(until);
    }
    /** Seconds until the request `ahead + 1`-th in line could have its turn: for a sender turned away for another reason. */
    secondsUntilTurn(ahead) {
        const now = this.now();
        return Math.max(0, Math.ceil((this.turnAt(ahead + 1, now) - now) / 1000));
    }
    /** Seconds GitHub's block has left (0: none). */
    secondsBlocked() {
        return Math.max(0, Math.ceil((this.blockedUntil - this.now()) / 1000));
    }
    /** How many wait for a permit. */
    get waiters() {
        return this.live;
    }
    /**
     * When the `place`-th request from now could start: after GitHub's block,
     * one interval after another, and when the budget has room for it; never
     * later than the longest window from now (past it every count has renewed).
     */
    turnAt(place, now) {
        const spaced = this.intervalMs > 0 ? Math.max(now, this.lastStart + this.intervalMs) + (place - 1) * this.intervalMs : now;
        const at = Math.max(this.blockedUntil, spaced, timeForRoom(this.limits, this.lastCounts, now, place, this.store.skewMs));
        const longest = Math.max(0, ...this.limits.map(limit => limit.windowMs));
        return longest > 0 ? Math.min(at, now + longest) : at;
    }
    refusal(at, now) {
        const seconds = Math.max(1, Math.ceil((at - now) / 1000));
        return {
            ok: false,
            retryAfterSeconds: seconds,
            reason: this.limits.length > 0
                ? `not sent: GitHub's secondary rate limit (${describeRateLimits(this.limits)}) has room for it in ${seconds} s, after the deadline`
                : `not sent: its turn to GitHub comes in ${seconds} s, after the deadline`
        };
    }
    blockedRefusal(now) {
        const seconds = Math.max(1, Math.ceil((this.blockedUntil - now) / 1000));
        return { ok: false, blocked: true, retryAfterSeconds: seconds, reason: `not sent: GitHub asked for no request for ${seconds} s more` };
    }
    finish(waiter, permit) {
        waiter.done = true;
        this.live--;
        waiter.resolve(permit);
    }
    next() {
        while (this.head < this.waiting.length && this.waiting[this.head].done)
            this.head++;
        if (this.head > 1024 && this.head * 2 > this.waiting.length) {
            this.waiting = this.waiting.slice(this.head);
            this.head = 0;
        }
        return this.waiting[this.head];
    }
    pause(ms) {
        return new Promise(resolve => {
            const timer = setTimeout(() => {
                this.wakeUp = undefined;
                resolve();
            }, ms);
            this.wakeUp = () => {
                clearTimeout(timer);
                this.wakeUp = undefined;
                resolve();
            };
        });
    }
    permit() {
        this.lastStart = this.now();
        if (this.intervalMs === 0)
            return { ok: true, release: () => { } };
        this.busy = true;
        let released = false;
        return {
            ok: true,
            release: () => {
                if (released)
                    return;
                released = true;
                this.busy = false;
                this.wakeUp?.();
            }
        };
    }
    async pump() {
        if (this.pumping)
            return;
        this.pumping = true;
        try {
            for (let first = this.next(); first; first = this.next()) {
                let now = this.now();
                // One at a time, an interval apart, and not before GitHub's block ends.
                if (this.busy) {
                    await this.pause(60_000);
                    continue;
                }
                const wait = Math.max(this.blockedUntil, this.lastStart + this.intervalMs) - now;
                if (wait > 0) {
                    if (now + wait > first.latestAt) {
                        this.finish(first, this.blockedUntil > first.latestAt ? this.blockedRefusal(now) : this.refusal(this.turnAt(1, now), now));
                        continue;
                    }
                    await this.pause(wait);
                    continue;
                }
                let turn;
                try {
                    turn = await this.store.take(this.intervalMs > 0 ? 1 : this.live, this.now);
                }
                catch (error) {
                    // Nothing is sent without a permit: an outage of the budget's storage must not let a burst through.
                    for (let waiter = this.next(); waiter; waiter = this.next()) {
                        this.finish(waiter, {
                            ok: false,
                            retryAfterSeconds: STORE_FAILED_RETRY_AFTER_SECONDS,
                            reason: `not sent: the dispatch budget could not be read (${error.message})`
                        });
                    }
                    return;
                }
                this.lastCounts = turn.counts;
                this.blockedUntil = Math.max(this.blockedUntil, turn.blockedUntil);
                now = this.now();
                for (let given = 0; given < turn.taken; given++) {
                    const waiter = this.next();
                    // Taken for a waiter that gave up meanwhile: the permit is spent, which only errs on the safe side.
                    if (!waiter)
                        break;
                    // A permit that comes after the deadline is not used to send.
                    this.finish(waiter, waiter.latestAt <= now ? this.refusal(this.turnAt(1, now), now) : this.permit());
                }
                if (turn.taken > 0 || this.blockedUntil > now)
                    continue;
                // No room: those who cannot have their turn in time are told now; the rest wait for the next slice.
                const head = this.next();
                if (!head)
                    return;
                const at = this.turnAt(1, now);
                if (at > head.latestAt) {
                    this.finish(head, this.refusal(at, now));
                    continue;
                }
                await this.pause(Math.max(at - now, 1));
            }
        }
        finally {
            this.pumping = false;
        }
    }
}
/** "80 per 1m, 500 per 1h", for messages. */
function describeRateLimits(limits) {
    return limits.map(limit => `${limit.count} per ${formatDuration(limit.windowMs)}`).join(', ');
}
function formatDuration(ms) {
    for (const [unit, size] of [
        ['d', 86_400_000],
        ['h', 3_600_000],
        ['m', 60_000]
    ]) {
        if (ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms / 1000}s`;
}


/***/ }),

/***/ 9118:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ toDispatch),
/* harmony export */   Gb: () => (/* binding */ afterAttempt),
/* harmony export */   WJ: () => (/* binding */ expiresAt),
/* harmony export */   Y8: () => (/* binding */ decodeMessage),
/* harmony export */   Yo: () => (/* binding */ tooOld),
/* harmony export */   mH: () => (/* binding */ encodeMessage),
/* harmony export */   px: () => (/* binding */ rowKeyOf),
/* harmony export */   ti: () => (/* binding */ partitionKeyOf)
/* harmony export */ });
/** Partition keys may not hold "/": owner and repository names never hold ":". GitHub names are case-insensitive. */
function partitionKeyOf(target) {
    return target.toLowerCase().replace('/', ':');
}
/**
 * The row of an event id: the id itself (event ids are [A-Za-z0-9][A-Za-z0-9._:-]*,
 * all allowed in a row key). An event without an id cannot be recognised when
 * delivered again, so it gets a row of its own, which no id can name (ids
 * never start with "_").
 */
function rowKeyOf(eventId, unique) {
    return eventId ?? `_noid:${unique()}`;
}
/**
 * Messages are base64 JSON: the Functions runtime's queue trigger decodes
 * base64 by default (host.json messageEncoding), and the Node dispatcher reads
 * the same.
 */
function encodeMessage(message) {
    return Buffer.from(JSON.stringify(message)).toString('base64');
}
/** The message, from its base64 text or from the object the Functions runtime already decoded; undefined when it is no outbox message. */
function decodeMessage(body) {
    let value = body;
    if (typeof body === 'string') {
        const text = /^[A-Za-z0-9+/]+={0,2}$/.test(body) ? Buffer.from(body, 'base64').toString('utf8') : body;
        try {
            value = JSON.parse(text);
        }
        catch {
            return undefined;
        }
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { target, row, retries, reason, githubStatus, poisonedAt } = value;
    if (typeof target !== 'string' || typeof row !== 'string' || row === '')
        return undefined;
    const message = { target, row, retries: typeof retries === 'number' && retries >= 0 ? Math.floor(retries) : 0 };
    if (typeof reason !== 'string')
        return message;
    return {
        ...message,
        reason,
        githubStatus: typeof githubStatus === 'number' ? githubStatus : undefined,
        poisonedAt: typeof poisonedAt === 'number' ? poisonedAt : 0
    };
}
function toDispatch(record) {
    return { target: record.target, eventType: record.eventType, clientPayloadJson: record.clientPayloadJson };
}
/** When an event's age limit falls: from its arrival, or from the operator's replay. */
function expiresAt(record, settings) {
    return Math.max(record.receivedAt, record.replayedAt ?? 0) + settings.maxEventAgeMs;
}
/**
 * The decision after GitHub answered (or did not): done; again later, after
 * a wait that doubles with each failure (with jitter, so that a backlog does
 * not come back all at once, and never shorter than GitHub's Retry-After);
 * or the poison queue, for a refusal GitHub will not change its mind about
 * or an event that would pass its age limit before its next try.
 */
function afterAttempt(result, record, retries, settings, now, random = Math.random) {
    if (result.ok)
        return { kind: 'dispatched' };
    if (!result.retryable) {
        const why = result.appCredentialsRefused
            ? `GitHub refused the GitHub App's credentials (HTTP ${result.status})`
            : `GitHub refused the dispatch (HTTP ${result.status})${result.status === 404 ? ': no such repository, or the token cannot see it' : ''}`;
        return { kind: 'poison', reason: why, githubStatus: result.status };
    }
    const backoff = Math.min(settings.maxRetryDelayMs, settings.retryDelayMs * 2 ** Math.min(retries, 30)) * (0.8 + 0.4 * random());
    // Nothing reached GitHub (its breaker open, its block, no room in the budget): back when its turn comes, no later.
    const delayMs = Math.round(result.attempts === 0 && result.retryAfterSeconds !== undefined
        ? result.retryAfterSeconds * 1000
        : Math.max(backoff, (result.retryAfterSeconds ?? 0) * 1000));
    const left = expiresAt(record, settings) - now;
    if (left <= 0)
        return tooOld(result.failureReason ?? `HTTP ${result.status}`, settings);
    // The last try falls at the age limit rather than past it.
    return { kind: 'retry', delayMs: Math.min(delayMs, left) };
}
/** The poison decision for an event past its age limit; `lastError` is what its last attempt met. */
function tooOld(lastError, settings) {
    const last = lastError === undefined ? '' : `; last failure: ${lastError}`;
    return { kind: 'poison', reason: `not dispatched within RELAY_MAX_EVENT_AGE (${Math.round(settings.maxEventAgeMs / 1000)} s)${last}` };
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "@azure/functions"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const functions_namespaceObject = x({ ["app"]: () => (__WEBPACK_EXTERNAL_MODULE__azure_functions_0816aa8d__.app) });
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/glob-list.ts
// Glob lists as the action's filters and the relay's routes both read them.

/**
 * A list of globs where `*` stays in one path segment, `**` crosses segments
 * and `!` excludes. The constructor throws picomatch's error for a pattern
 * with unbalanced brackets.
 */
class GlobList {
    patterns;
    include;
    exclude;
    constructor(patterns, options = {}) {
        this.patterns = patterns;
        // strictBrackets: an unbalanced [, { or ( throws instead of matching itself, which no name can hold.
        const compile = (glob) => picomatch_default()(glob, { dot: true, nocase: options.caseInsensitive ?? false, strictBrackets: true });
        this.include = patterns.filter(p => !p.startsWith('!')).map(compile);
        this.exclude = patterns.filter(p => p.startsWith('!')).map(p => compile(p.slice(1)));
    }
    get isEmpty() {
        return this.patterns.length === 0;
    }
    /** Matches at least one positive pattern (or there is none) and no negative one. */
    matches(value) {
        return (this.include.length === 0 || this.include.some(test => test(value))) && !this.exclude.some(test => test(value));
    }
    toString() {
        return this.patterns.map(p => `"${p}"`).join(', ');
    }
}

// EXTERNAL MODULE: ./src/relay/github/budget.ts
var budget = __nccwpck_require__(2140);
;// CONCATENATED MODULE: ./src/relay/config.ts
// The relay's settings, read from the environment once at start. A missing or
// invalid setting is one error that names the variable and never echoes a
// secret.


class ConfigError extends Error {
    variable;
    name = 'ConfigError';
    constructor(variable, problem) {
        super(`${variable}: ${problem}`);
        this.variable = variable;
    }
}
const MIN_SECRET_LENGTH = 16;
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
// The longest action, chart_delete, then leaves event_type within GitHub's 100 characters.
const EVENT_TYPE_PREFIX = /^[A-Za-z0-9._:-]{0,80}$/;
function loadRelayConfig(env) {
    const secret = env.RELAY_SECRET ?? '';
    if (secret === '')
        throw new ConfigError('RELAY_SECRET', 'is required: callers must send "Authorization: Bearer <RELAY_SECRET>"');
    if (secret.length < MIN_SECRET_LENGTH || /\s/.test(secret)) {
        throw new ConfigError('RELAY_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters without spaces (e.g. openssl rand -hex 32)`);
    }
    const routes = parseRoutes(env.RELAY_ROUTES ?? '');
    const defaultTarget = env.GITHUB_REPOSITORY ?? '';
    if (defaultTarget !== '') {
        if (!REPOSITORY.test(defaultTarget))
            throw new ConfigError('GITHUB_REPOSITORY', `must be owner/repo; got ${JSON.stringify(defaultTarget)}`);
        // No pattern matches every repository, without a glob test per event.
        routes.push({ repositories: new GlobList([]), target: defaultTarget });
    }
    if (routes.length === 0)
        throw new ConfigError('GITHUB_REPOSITORY', 'is required (owner/repo to dispatch to), unless RELAY_ROUTES is set');
    const deadlineMs = parseDeadline(env.RELAY_DEADLINE_SECONDS ?? '');
    const storage = loadStorageConfig(env);
    if (storage && storage.leaseMs < deadlineMs + STORAGE_MARGIN_MS) {
        throw new ConfigError('RELAY_DISPATCH_LEASE_SECONDS', `must be at least RELAY_DEADLINE_SECONDS + ${STORAGE_MARGIN_MS / 1000} s (${Math.ceil((deadlineMs + STORAGE_MARGIN_MS) / 1000)}): a lease that ends while its dispatch is still under way lets another instance send the event again`);
    }
    return {
        secret,
        auth: parseAuth(env),
        routes,
        apiUrl: parseApiUrl(env.GITHUB_API_URL ?? ''),
        eventTypePrefix: parseEventTypePrefix(env.EVENT_TYPE_PREFIX),
        port: parsePort(env.PORT ?? ''),
        deadlineMs,
        // Well under GitHub's 100 concurrent requests per token, and its secondary rate limit's taste for bursts.
        maxDispatchesInFlight: parseCount('RELAY_MAX_DISPATCHES_IN_FLIGHT', env.RELAY_MAX_DISPATCHES_IN_FLIGHT, 20, 1, 100),
        // A burst of this many events waits its turn; past it, senders are told to come back (503, Retry-After).
        maxDispatchesQueued: parseCount('RELAY_MAX_DISPATCHES_QUEUED', env.RELAY_MAX_DISPATCHES_QUEUED, 1000, 0, 100_000),
        // A descriptor and some buffers each; far above what ACR and Event Grid open, far below the process's limit.
        maxConnections: parseCount('RELAY_MAX_CONNECTIONS', env.RELAY_MAX_CONNECTIONS, 1024, 1, 65_536),
        // Bounds pipelining on one connection; a client that honours Connection: close just opens another.
        maxRequestsPerSocket: parseCount('RELAY_MAX_REQUESTS_PER_SOCKET', env.RELAY_MAX_REQUESTS_PER_SOCKET, 1000, 0, 1_000_000),
        githubRateLimits: parseRateLimits(env.RELAY_GITHUB_RATE_LIMITS),
        githubRequestIntervalMs: parseInterval(env.RELAY_GITHUB_REQUEST_INTERVAL),
        storage
    };
}
/** Room for the storage writes around a dispatch, within its lease. */
const STORAGE_MARGIN_MS = 2_000;
const STORAGE_NAME = /^[a-z][a-z0-9]{2,39}$/;
/**
 * The storage settings alone (undefined when RELAY_STORAGE_CONNECTION_STRING
 * is unset): all the operator's poison command needs.
 */
function loadStorageConfig(env) {
    const connectionString = (env.RELAY_STORAGE_CONNECTION_STRING ?? '').trim();
    if (connectionString === '')
        return undefined;
    checkConnectionString(connectionString);
    const name = env.RELAY_STORAGE_NAME ?? 'acrrelay';
    if (!STORAGE_NAME.test(name)) {
        throw new ConfigError('RELAY_STORAGE_NAME', `must be 3 to 40 of a-z 0-9, starting with a letter (it names a table and queues); got ${JSON.stringify(name.slice(0, 60))}`);
    }
    const retryDelayMs = parseDuration('RELAY_RETRY_DELAY_SECONDS', env.RELAY_RETRY_DELAY_SECONDS, 10_000, 1_000, 3_600_000);
    const maxRetryDelayMs = parseDuration('RELAY_MAX_RETRY_DELAY_SECONDS', env.RELAY_MAX_RETRY_DELAY_SECONDS, 600_000, 1_000, 86_400_000);
    if (maxRetryDelayMs < retryDelayMs)
        throw new ConfigError('RELAY_MAX_RETRY_DELAY_SECONDS', 'must not be below RELAY_RETRY_DELAY_SECONDS');
    return {
        connectionString,
        names: { table: `${name}events`, queue: `${name}-dispatches`, poisonQueue: `${name}-dispatches-poison`, dispatchBudget: `${name}budget` },
        // Event Grid retries a delivery for 24 h: an event older than that is beyond anything a sender still expects.
        maxEventAgeMs: parseDuration('RELAY_MAX_EVENT_AGE', env.RELAY_MAX_EVENT_AGE, 86_400_000, 1_000, 7 * 86_400_000),
        // Whole seconds: the queue's visibility timeouts are.
        leaseMs: parseCount('RELAY_DISPATCH_LEASE_SECONDS', env.RELAY_DISPATCH_LEASE_SECONDS, 60, 3, 3600) * 1000,
        retryDelayMs,
        maxRetryDelayMs,
        // A record and a message (three calls at most) must fit in Event Grid's 30 s.
        callTimeoutMs: parseDuration('RELAY_STORAGE_TIMEOUT_SECONDS', env.RELAY_STORAGE_TIMEOUT_SECONDS, 8_000, 1_000, 9_000)
    };
}
/**
 * Checks the shape of a connection string without echoing any of it: it
 * holds the account key. The SDKs parse it for good on first use.
 */
function checkConnectionString(text) {
    const fields = new Map();
    for (const part of text.split(';')) {
        if (part.trim() === '')
            continue;
        const at = part.indexOf('=');
        if (at <= 0)
            throw new ConfigError('RELAY_STORAGE_CONNECTION_STRING', 'is not a connection string of key=value pairs separated by ";" (the value is not shown: it holds a key)');
        fields.set(part.slice(0, at).trim().toLowerCase(), part.slice(at + 1).trim());
    }
    if (fields.get('usedevelopmentstorage') === 'true')
        return;
    if (!fields.get('accountname') || !(fields.get('accountkey') || fields.get('sharedaccesssignature'))) {
        throw new ConfigError('RELAY_STORAGE_CONNECTION_STRING', 'must name AccountName and AccountKey (or SharedAccessSignature), as the storage account\'s "Access keys" page gives it, or be UseDevelopmentStorage=true (the value is not shown: it holds a key)');
    }
}
/** A duration: seconds, or a number with s, m, h or d; from `min` to `max` ms. */
function parseDuration(variable, text, fallback, min, max) {
    if (text === undefined || text.trim() === '')
        return fallback;
    const match = /^(\d+(?:\.\d+)?)\s*(s|m|h|d)?$/.exec(text.trim());
    const unit = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match?.[2] ?? 's'];
    const value = match ? Math.round(Number(match[1]) * unit) : NaN;
    if (!(value >= min && value <= max)) {
        throw new ConfigError(variable, `must be a duration from ${min / 1000} s to ${max / 1000} s (e.g. 90, 30m, 24h); got ${JSON.stringify(text.slice(0, 40))}`);
    }
    return value;
}
/**
 * "80/1m,500/1h": at most 80 requests in any minute and 500 in any hour
 * (GitHub.com's secondary limits, the default); "none" for a GitHub
 * Enterprise Server whose rate limiting is off.
 */
function parseRateLimits(text) {
    const variable = 'RELAY_GITHUB_RATE_LIMITS';
    if (text === undefined || text.trim() === '')
        return budget/* GITHUB_COM_RATE_LIMITS */.Un;
    if (text.trim().toLowerCase() === 'none')
        return [];
    const limits = new Map();
    for (const part of text.split(',')) {
        const match = /^\s*(\d+)\s*\/\s*(\S+)\s*$/.exec(part);
        const count = Number(match?.[1]);
        if (!match || !(count >= 1 && count <= 1_000_000)) {
            throw new ConfigError(variable, `must be a comma-separated list of count/duration (e.g. 80/1m,500/1h, GitHub.com's limits), or none; got ${JSON.stringify(text.slice(0, 60))}`);
        }
        const windowMs = parseDuration(variable, match[2], 0, 1_000, 86_400_000);
        // Two limits over the same window: the lower one is the limit.
        limits.set(windowMs, Math.min(count, limits.get(windowMs) ?? count));
    }
    return [...limits].map(([windowMs, count]) => ({ count, windowMs }));
}
/** Seconds from 0 to 10 (a number, or with s), default 1: GitHub asks for a second between mutating requests. */
function parseInterval(text) {
    if (text === undefined || text.trim() === '')
        return 1_000;
    const match = /^(\d+(?:\.\d+)?)\s*s?$/.exec(text.trim());
    const value = match ? Math.round(Number(match[1]) * 1000) : NaN;
    if (!(value >= 0 && value <= 10_000)) {
        throw new ConfigError('RELAY_GITHUB_REQUEST_INTERVAL', `must be a number of seconds from 0 to 10 (default 1; 0: no spacing); got ${JSON.stringify(text.slice(0, 40))}`);
    }
    return value;
}
/** A whole number from `min` to `max`, or `fallback` when unset. */
function parseCount(variable, text, fallback, min, max) {
    if (text === undefined || text === '')
        return fallback;
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) {
        throw new ConfigError(variable, `must be a whole number from ${min} to ${max}; got ${JSON.stringify(text.slice(0, 40))}`);
    }
    return value;
}
function parseAuth(env) {
    const token = env.GITHUB_TOKEN ?? '';
    const appId = env.GITHUB_APP_ID ?? '';
    const privateKey = env.GITHUB_APP_PRIVATE_KEY ?? '';
    const installationId = env.GITHUB_APP_INSTALLATION_ID ?? '';
    const anyApp = appId !== '' || privateKey !== '' || installationId !== '';
    if (token !== '' && anyApp) {
        throw new ConfigError('GITHUB_TOKEN', 'is set together with GITHUB_APP_*: set either a token or a GitHub App, not both');
    }
    if (token !== '') {
        if (/\s/.test(token))
            throw new ConfigError('GITHUB_TOKEN', 'contains white space; paste the token alone');
        return { kind: 'token', token };
    }
    if (!anyApp) {
        throw new ConfigError('GITHUB_TOKEN', 'is required (a token allowed to create repository dispatches), unless GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID are set');
    }
    if (!/^\d+$/.test(appId))
        throw new ConfigError('GITHUB_APP_ID', "must be the App's numeric id");
    if (!/^\d+$/.test(installationId))
        throw new ConfigError('GITHUB_APP_INSTALLATION_ID', "must be the numeric id of the App's installation");
    // App settings and .env files often hold the PEM on one line with literal \n.
    const pem = privateKey.replace(/\\n/g, '\n').trim();
    if (!/^-----BEGIN (RSA )?PRIVATE KEY-----\n[\s\S]+\n-----END (RSA )?PRIVATE KEY-----$/.test(pem)) {
        throw new ConfigError('GITHUB_APP_PRIVATE_KEY', "must be the App's PEM private key (-----BEGIN RSA PRIVATE KEY----- …), with real or \\n line breaks");
    }
    return { kind: 'app', appId, privateKey: `${pem}\n`, installationId: Number(installationId) };
}
function parseRoutes(text) {
    if (text.trim() === '')
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new ConfigError('RELAY_ROUTES', `is not valid JSON (${error.message})`);
    }
    if (!Array.isArray(value) || value.length === 0) {
        throw new ConfigError('RELAY_ROUTES', 'must be a non-empty JSON list of {"repositories": "<glob>", "target": "owner/repo"}');
    }
    return value.map((route, index) => {
        const where = `entry ${index}`;
        if (typeof route !== 'object' || route === null || Array.isArray(route))
            throw new ConfigError('RELAY_ROUTES', `${where} must be an object`);
        const { repositories, target } = route;
        if (typeof repositories !== 'string' || repositories.trim() === '') {
            throw new ConfigError('RELAY_ROUTES', `${where}: "repositories" must be a glob such as "team/**"`);
        }
        if (typeof target !== 'string' || !REPOSITORY.test(target)) {
            throw new ConfigError('RELAY_ROUTES', `${where}: "target" must be owner/repo; got ${JSON.stringify(target)}`);
        }
        const glob = repositories.trim();
        try {
            return { repositories: new GlobList([glob]), target };
        }
        catch (error) {
            // picomatch throws a SyntaxError for unbalanced brackets; the operator needs the route, not its stack.
            throw new ConfigError('RELAY_ROUTES', `${where} (to ${target}): "repositories" ${JSON.stringify(glob.slice(0, 100))} is not a valid glob (${error.message})`);
        }
    });
}
function parseApiUrl(text) {
    if (text === '')
        return 'https://api.github.com';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // Not echoed: a URL that fails to parse may still hold a token (user:token@host, ?access_token=).
        throw new ConfigError('GITHUB_API_URL', 'is not a URL (the value is not shown: it may hold a credential); use https://api.github.com or https://HOST/api/v3');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new ConfigError('GITHUB_API_URL', 'must be an http(s) URL');
    if (url.username || url.password)
        throw new ConfigError('GITHUB_API_URL', 'must not carry credentials; use GITHUB_TOKEN');
    if (url.search || url.hash)
        throw new ConfigError('GITHUB_API_URL', 'must not carry a query or a fragment (the value is not shown: it may hold a credential)');
    return url.href.replace(/\/+$/, '');
}
function parseEventTypePrefix(text) {
    const prefix = text ?? 'acr-';
    if (!EVENT_TYPE_PREFIX.test(prefix)) {
        throw new ConfigError('EVENT_TYPE_PREFIX', `must be at most 80 of A-Z a-z 0-9 . _ : -; got ${JSON.stringify(prefix.slice(0, 100))}`);
    }
    return prefix;
}
function parseDeadline(text) {
    if (text === '')
        return 25_000;
    const seconds = Number(text);
    // Event Grid waits 30 s for an answer.
    if (!/^\d+(\.\d+)?$/.test(text) || seconds <= 0 || seconds > 28) {
        throw new ConfigError('RELAY_DEADLINE_SECONDS', `must be a number of seconds above 0 and at most 28; got ${JSON.stringify(text)}`);
    }
    return Math.round(seconds * 1000);
}
function parsePort(text) {
    if (text === '')
        return 8080;
    const port = Number(text);
    // 0 asks the system for a free port (the "listening" log line names it).
    if (!/^\d+$/.test(text) || port > 65535)
        throw new ConfigError('PORT', `must be a port number from 0 to 65535; got ${JSON.stringify(text)}`);
    return port;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/errors.ts
// Errors the action reports to the user. Both say where the problem is (a
// payload path or an input name) so that the message alone tells what to fix.
const SHOWN_VALUE_MAX = 80;
/** A short, single-line rendering of an untrusted value, safe to print in a log line. */
function describeValue(value, maxLength = SHOWN_VALUE_MAX) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return `an array of ${value.length}`;
    switch (typeof value) {
        case 'string':
            return quote(value, maxLength);
        case 'object':
            return 'an object';
        case 'number':
        case 'boolean':
            return String(value);
        default:
            return typeof value;
    }
}
function quote(value, maxLength) {
    const shown = [...value].slice(0, maxLength).join('');
    // JSON.stringify escapes quotes, backslashes and C0 controls; the rest of the
    // invisible or line-breaking characters are escaped here so a value cannot
    // start a new log line or hide what it is.
    const escaped = JSON.stringify(shown).replace(/[\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return shown.length < value.length ? `${escaped}… (${value.length} characters)` : escaped;
}
/** The event does not satisfy the rules; `path` locates the field, e.g. `client_payload.target.tag`. */
class errors_PayloadError extends Error {
    path;
    rule;
    name = 'PayloadError';
    constructor(path, rule, value) {
        super(`${path}: ${rule}${value === undefined ? '' : `; got ${describeValue(value)}`}`);
        this.path = path;
        this.rule = rule;
    }
}
/** An action input is invalid; the message starts with the input's name. */
class InputError extends Error {
    input;
    name = 'InputError';
    constructor(input, problem) {
        super(`Input "${input}": ${problem}`);
        this.input = input;
    }
}

;// CONCATENATED MODULE: ./src/event/json.ts
// Helpers for reading untrusted JSON without trusting its prototype chain, its
// depth or its size.

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The object's own property, never an inherited one: `{"constructor": …}` or a
 * `__proto__` key left as an own property by JSON.parse change nothing here.
 */
function ownField(object, key) {
    return Object.hasOwn(object, key) ? object[key] : undefined;
}
/**
 * An ACR event nests four or five levels deep (envelope, data, target,
 * annotations); 32 leaves room for what registries may add. JSON.parse itself
 * is iterative in V8, but JSON.stringify, the relay's re-serialization and any
 * recursive reader are not: a deep enough value overflows the stack.
 */
const MAX_JSON_DEPTH = 32;
/** The relay's body limit; also bounds the `payload` input. */
const MAX_JSON_BYTES = 1024 * 1024;
/**
 * Refuses a parsed value nested deeper than MAX_JSON_DEPTH, naming the path of
 * the first container too deep. Its own recursion stops at that depth, so the
 * check cannot overflow the stack it protects; the path is built only for the
 * error, since the relay checks every request's body.
 */
function checkJsonDepth(value, path, maxDepth = MAX_JSON_DEPTH) {
    const tooDeep = pathTooDeep(value, 1, maxDepth);
    if (tooDeep) {
        const where = path + tooDeep.map(step => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('');
        throw new errors_PayloadError(where, `is nested deeper than ${maxDepth} levels of arrays and objects; an ACR event needs about 5`);
    }
}
/** The steps to the first container deeper than maxDepth, or undefined. */
function pathTooDeep(value, depth, maxDepth) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    if (depth > maxDepth)
        return [];
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const below = pathTooDeep(value[i], depth + 1, maxDepth);
            if (below)
                return [i, ...below];
        }
        return undefined;
    }
    for (const key of Object.keys(value)) {
        const below = pathTooDeep(value[key], depth + 1, maxDepth);
        if (below)
            return [key, ...below];
    }
    return undefined;
}
/**
 * Whether `text` takes more than `limit` bytes in UTF-8. A UTF-16 code unit
 * takes 1 to 3 bytes, so the length alone decides most cases: the relay asks
 * this twice per event, and counting the bytes of every body showed in its
 * instruction count.
 */
function isOverUtf8Bytes(text, limit) {
    if (text.length > limit)
        return true;
    return text.length * 3 > limit && Buffer.byteLength(text) > limit;
}
/**
 * JSON.parse of untrusted text, bounded in size and depth. A syntax error is
 * reported by its position only: V8's own message quotes the text around the
 * error, and the text may be a file that holds credentials.
 */
function parseUntrustedJson(text, path, maxBytes = MAX_JSON_BYTES) {
    if (isOverUtf8Bytes(text, maxBytes)) {
        throw new errors_PayloadError(path, `is larger than ${maxBytes} bytes`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors_PayloadError(path, `is not valid JSON${describeJsonErrorPosition(error, text)}`);
    }
    checkJsonDepth(value, path);
    return value;
}
/**
 * " at line L, column C" for a JSON.parse SyntaxError whose message gives a
 * position, "" otherwise. Never any of the text itself.
 */
function describeJsonErrorPosition(error, text) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message)?.[1];
    if (position !== undefined)
        return ` at ${lineAndColumn(text, Number(position))}`;
    // "Unexpected end of JSON input" and its like carry no position: the end it is.
    if (/end of (JSON )?(input|data)/i.test(message))
        return ` at ${lineAndColumn(text, text.length)} (the end)`;
    return '';
}
/** "line L, column C" (both from 1) of a character offset. */
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return `line ${line}, column ${column}`;
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/event/grammar.ts
// The grammar every output must satisfy. A value that passes one of these
// checks contains no shell metacharacter, so `${{ steps.x.outputs.tag }}`
// pasted into a `run:` script cannot become code.

function patternRule(description, pattern) {
    return { description, test: value => pattern.test(value) };
}
// distribution/reference: path-component, joined by "/".
const PATH_COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const REPOSITORY_PATTERN = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const REPOSITORY_MAX_LENGTH = 255;
const repositoryRule = {
    description: `an OCI repository name: lowercase path components ${PATH_COMPONENT} joined by "/", at most ${REPOSITORY_MAX_LENGTH} characters`,
    test: value => value.length <= REPOSITORY_MAX_LENGTH && REPOSITORY_PATTERN.test(value)
};
const tagRule = patternRule('an OCI tag: [A-Za-z0-9_][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/);
/** Registered digest algorithms and the exact length of their lowercase hex part. */
const DIGEST_ALGORITHMS = {
    sha256: 64,
    sha384: 96,
    sha512: 128,
    blake3: 64
};
const digestRule = {
    description: 'an OCI digest: sha256:<64 hex>, sha384:<96 hex>, sha512:<128 hex> or blake3:<64 hex>, lowercase',
    test: value => {
        const match = /^([a-z0-9]+):([a-f0-9]+)$/.exec(value);
        if (!match)
            return false;
        // Both groups take part in every match.
        const algorithm = match[1];
        return Object.hasOwn(DIGEST_ALGORITHMS, algorithm) && DIGEST_ALGORITHMS[algorithm] === match[2].length;
    },
    hint: value => /x{4}/i.test(value) ? 'this looks like the "xxxx" placeholder in Microsoft\'s example events; a real event carries a real digest' : undefined
};
// A host as distribution/reference reads it, bounded as DNS bounds names: a
// label of at most 63 characters, a name of at most 253. Brackets only around
// a literal that node:net takes for IPv6 (no zone: `%` is not allowed), so the
// only glob characters an output can hold are those two around hex digits,
// colons and dots.
const DOMAIN_LABEL = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/;
const IPV6_LITERAL = /^\[([0-9a-fA-F:.]{2,45})\]$/;
const PORT = /^[1-9][0-9]{0,4}$/;
const DOMAIN_MAX_LENGTH = 253;
function isHost(value) {
    const portAt = value.startsWith('[') ? value.indexOf(':', value.indexOf(']')) : value.lastIndexOf(':');
    const name = portAt === -1 ? value : value.slice(0, portAt);
    if (portAt !== -1) {
        const port = value.slice(portAt + 1);
        if (!PORT.test(port) || Number(port) > 65535)
            return false;
    }
    if (name.startsWith('[')) {
        const literal = IPV6_LITERAL.exec(name)?.[1];
        return literal !== undefined && (0,external_node_net_namespaceObject.isIPv6)(literal);
    }
    return name.length <= DOMAIN_MAX_LENGTH && name.split('.').every(label => DOMAIN_LABEL.test(label));
}
const hostRule = {
    description: 'a registry host: DNS labels [a-zA-Z0-9-] of at most 63 characters joined by "." (at most 253), or an IPv6 literal in brackets, with an optional :port from 1 to 65535',
    test: isHost
};
// RFC 6838 restricted names, without the characters !#$&^ that no registry
// media type uses and that a shell would interpret.
const MEDIA_NAME = '[A-Za-z0-9][A-Za-z0-9._+-]{0,126}';
const mediaTypeRule = patternRule('a media type: type/subtype, each [A-Za-z0-9][A-Za-z0-9._+-]{0,126}', new RegExp(`^${MEDIA_NAME}/${MEDIA_NAME}$`));
const eventIdRule = patternRule('an event id: [A-Za-z0-9][A-Za-z0-9._:-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
const chartNameRule = patternRule('a chart name: [A-Za-z0-9][A-Za-z0-9._-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
const chartVersionRule = patternRule('a chart version: [A-Za-z0-9][A-Za-z0-9._+-]{0,127}', /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/);
/** An Azure region as Event Grid names it (westeurope, eastus2). */
const locationRule = patternRule('an Azure region: [A-Za-z0-9][A-Za-z0-9-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/);
/** ACR connected registry names: letters, digits, "-" (and "_", "." seen in the wild), at most 64. */
const connectedRegistryRule = patternRule('a connected registry name: [A-Za-z0-9][A-Za-z0-9._-]{0,63}', /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/);
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Gregorian, by arithmetic: the relay checks every event's timestamp, and a Date per check showed in its profile. */
function daysInMonth(year, month) {
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}
/**
 * RFC 3339 date-time, with up to 9 fractional digits as ACR sends them. A
 * 60th second only where a leap second can be: 23:59:60 UTC on the last day of
 * a month (RFC 3339 §5.7; the offset applied first, so 18:59:60-05:00 is one).
 */
const timestampRule = {
    description: 'an RFC 3339 date-time such as 2026-01-31T12:00:00.123456789Z (up to 9 fractional digits)',
    test: value => {
        const match = TIMESTAMP_PATTERN.exec(value);
        if (!match)
            return false;
        const month = Number(match[2]);
        if (month < 1 || month > 12)
            return false;
        const day = Number(match[3]);
        return (day >= 1 &&
            day <= daysInMonth(Number(match[1]), month) &&
            Number(match[4]) <= 23 &&
            Number(match[5]) <= 59 &&
            Number(match[6]) <= 60 &&
            Number(match[7] ?? 0) <= 23 &&
            Number(match[8] ?? 0) <= 59 &&
            (match[6] !== '60' || isLeapSecond(value)));
    }
};
/** Whether a timestamp with second 60 names 23:59:60 UTC on a month's last day. A Date only here: a 60th second is rare. */
function isLeapSecond(value) {
    const second59 = new Date(timestampMillis(value));
    return (second59.getUTCHours() === 23 &&
        second59.getUTCMinutes() === 59 &&
        second59.getUTCDate() === daysInMonth(second59.getUTCFullYear(), second59.getUTCMonth() + 1));
}
/** Milliseconds since the epoch of a timestamp that passed `timestampRule`. */
function timestampMillis(value) {
    // Date.parse handles at most millisecond precision; drop the rest, and a leap second becomes :59.
    const trimmed = value.replace(/(\.\d{3})\d+/, '$1').replace(/:60(?=[.Zz+-])/, ':59');
    return Date.parse(trimmed);
}

;// CONCATENATED MODULE: ./src/event/artifact.ts
const ARTIFACTS = (/* unused pure expression or super */ null && (['index', 'image', 'signature', 'attestation', 'sbom', 'helm-chart', 'unknown']));
function isArtifact(value) {
    return ARTIFACTS.includes(value);
}
const INDEX_MEDIA_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']);
const IMAGE_MEDIA_TYPES = new Set([
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v1+prettyjws'
]);
/** cosign's tag conventions: sha256-<hex of the signed manifest>.<kind>. */
const COSIGN_TAG = /^sha256-[a-f0-9]{64}\.(sig|att|sbom)$/;
const COSIGN_KINDS = { sig: 'signature', att: 'attestation', sbom: 'sbom' };
/** OCI 1.1 artifact types (target.artifactType, when a registry sends it), by what they name. */
const ARTIFACT_TYPES = [
    [/^application\/vnd\.cncf\.helm\./, 'helm-chart'],
    [/signature|^application\/vnd\.dev\.cosign\.simplesigning/, 'signature'],
    [/in-toto|attestation|dsse/, 'attestation'],
    [/spdx|cyclonedx|sbom/, 'sbom']
];
function classifyArtifact({ action, mediaType, artifactType, tag }) {
    if (action === 'chart_push' || action === 'chart_delete')
        return 'helm-chart';
    const media = mediaType?.toLowerCase();
    if (media?.startsWith('application/vnd.cncf.helm.'))
        return 'helm-chart';
    const type = artifactType?.toLowerCase();
    const named = type ? ARTIFACT_TYPES.find(([pattern]) => pattern.test(type))?.[1] : undefined;
    if (named)
        return named;
    // Before the media type: cosign stores its signatures in ordinary image manifests.
    const cosign = tag ? COSIGN_TAG.exec(tag)?.[1] : undefined;
    if (cosign)
        return COSIGN_KINDS[cosign];
    if (media && INDEX_MEDIA_TYPES.has(media))
        return 'index';
    if (media && IMAGE_MEDIA_TYPES.has(media))
        return 'image';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/event/shapes.ts
// The same ACR event reaches us in several envelopes; this reduces each to the
// native webhook object and remembers where in the payload it was found, so
// that errors can name the exact path the user sent.


const ACR_EVENT_TYPES = {
    'Microsoft.ContainerRegistry.ImagePushed': 'push',
    'Microsoft.ContainerRegistry.ImageDeleted': 'delete',
    'Microsoft.ContainerRegistry.ChartPushed': 'chart_push',
    'Microsoft.ContainerRegistry.ChartDeleted': 'chart_delete'
};
/** A payload that may be a batch of one (an Event Grid delivery): at most one level of array. */
function shapes_unwrapEvent(value, path) {
    if (!Array.isArray(value))
        return unwrapOneEvent(value, path);
    if (value.length !== 1) {
        throw new PayloadError(path, `holds ${value.length} events; send each event as its own dispatch (an Event Grid batch must be split by the relay)`);
    }
    return unwrapOneEvent(value[0], `${path}[0]`);
}
/** One event in any of its envelopes; an array here is a batch inside a batch, which no sender produces. */
function unwrapOneEvent(value, path) {
    if (Array.isArray(value))
        throw new errors_PayloadError(path, 'must be a JSON object (an ACR event), not an array: a batch holds events, not batches', value);
    if (!isJsonObject(value))
        throw new errors_PayloadError(path, 'must be a JSON object (an ACR event)', value);
    if (ownField(value, 'eventType') !== undefined)
        return unwrapTyped(value, path, 'event-grid', 'eventType');
    if (ownField(value, 'specversion') !== undefined) {
        const specversion = ownField(value, 'specversion');
        if (specversion !== '1.0')
            throw new errors_PayloadError(`${path}.specversion`, 'must be "1.0" (CloudEvents 1.0)', specversion);
        return unwrapTyped(value, path, 'cloudevents', 'type');
    }
    if (ownField(value, 'action') !== undefined || ownField(value, 'target') !== undefined) {
        return { fields: value, path, shape: 'native' };
    }
    const data = ownField(value, 'data');
    if (isJsonObject(data))
        return { fields: data, path: `${path}.data`, shape: 'wrapper' };
    throw new errors_PayloadError(path, 'is not an ACR event: expected "action" and "target" (ACR webhook), "eventType" (Event Grid), "specversion" (CloudEvents) or "data" (a relay wrapper)');
}
function unwrapTyped(envelope, path, shape, typeKey) {
    const typePath = `${path}.${typeKey}`;
    const type = ownField(envelope, typeKey);
    if (typeof type !== 'string' || !Object.hasOwn(ACR_EVENT_TYPES, type)) {
        throw new errors_PayloadError(typePath, `must be one of ${Object.keys(ACR_EVENT_TYPES).join(', ')}`, type);
    }
    const dataPath = `${path}.data`;
    let data = ownField(envelope, 'data');
    // Deliveries captured from real registries carry the event as a JSON string; the Azure SDKs special-case it too.
    if (typeof data === 'string')
        data = parseUntrustedJson(data, `${dataPath} (a JSON string)`);
    if (!isJsonObject(data))
        throw new errors_PayloadError(dataPath, 'must be a JSON object (the ACR event), or a string holding one', data);
    return { fields: data, path: dataPath, shape, typeAction: ACR_EVENT_TYPES[type], typePath };
}

;// CONCATENATED MODULE: ./src/event/types.ts
const ACR_ACTIONS = ['push', 'delete', 'quarantine', 'chart_push', 'chart_delete', 'ping'];
function isAcrAction(value) {
    return ACR_ACTIONS.includes(value);
}

;// CONCATENATED MODULE: ./src/event/parse.ts
// Untrusted payload → a validated AcrEvent, or one PayloadError naming the
// field, the rule and the value. Only known fields are read; nothing from the
// payload is copied wholesale.






const FREE_TEXT_MAX_LENGTH = 1024;
const FREE_TEXT_RULE = { description: `text of at most ${FREE_TEXT_MAX_LENGTH} characters`, test: v => v.length <= FREE_TEXT_MAX_LENGTH };
const HTTP_METHOD_RULE = { description: 'an HTTP method: A-Z, at most 16 letters', test: v => /^[A-Z]{1,16}$/.test(v) };
/** Reads the fields of one object, each error naming `path.key`. */
class FieldReader {
    fields;
    path;
    constructor(fields, path) {
        this.fields = fields;
        this.path = path;
    }
    at(key) {
        return `${this.path}.${key}`;
    }
    raw(key) {
        return ownField(this.fields, key);
    }
    string(key, rule) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'string')
            throw new errors_PayloadError(this.at(key), 'must be a string', value);
        if (!rule.test(value)) {
            const hint = rule.hint?.(value);
            throw new errors_PayloadError(this.at(key), `must be ${rule.description}${hint ? ` (${hint})` : ''}`, value);
        }
        return value;
    }
    /** As string(), with "" read as absent: ACR sends "tag": "" on a push by digest. */
    optionalString(key, rule) {
        return this.raw(key) === '' ? undefined : this.string(key, rule);
    }
    requiredString(key, rule, why) {
        const value = this.string(key, rule);
        if (value === undefined)
            throw new errors_PayloadError(this.at(key), `is required ${why}`);
        return value;
    }
    freeText(key) {
        return this.string(key, FREE_TEXT_RULE);
    }
    count(key) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            throw new errors_PayloadError(this.at(key), 'must be a non-negative whole number of bytes', value);
        }
        return value;
    }
    object(key) {
        const value = this.raw(key);
        if (value === undefined || value === null)
            return undefined;
        if (!isJsonObject(value))
            throw new errors_PayloadError(this.at(key), 'must be a JSON object', value);
        return new FieldReader(value, this.at(key));
    }
}
function parseEvent(payload, path) {
    return parseNativeEvent(unwrapEvent(payload, path));
}
/** The same, for an event already taken out of its envelope. */
function parseNativeEvent(native) {
    const event = new FieldReader(native.fields, native.path);
    const action = readAction(event, native.typeAction, native.typePath);
    const common = {
        shape: native.shape,
        action,
        id: event.string('id', eventIdRule),
        timestamp: event.string('timestamp', timestampRule)
    };
    // A webhook test carries no target worth reading.
    if (action === 'ping')
        return common;
    const why = `for a ${action} event`;
    const target = event.object('target');
    if (!target)
        throw new errors_PayloadError(`${native.path}.target`, `is required ${why}`);
    const isChart = action === 'chart_push' || action === 'chart_delete';
    const request = event.object('request');
    const tag = target.optionalString('tag', tagRule);
    const mediaType = target.string('mediaType', mediaTypeRule);
    // Absent fields stay undefined: JSON.stringify leaves them out of the json output.
    return {
        ...common,
        repository: target.requiredString('repository', repositoryRule, why),
        tag,
        // Deleting a whole repository names no manifest (the REST specification marks the digest optional there).
        digest: action === 'delete' ? target.string('digest', digestRule) : target.requiredString('digest', digestRule, why),
        mediaType,
        size: target.count('size') ?? target.count('length'),
        registry: request?.string('host', hostRule),
        chart: isChart ? { name: target.string('name', chartNameRule), version: target.string('version', chartVersionRule) } : undefined,
        artifact: classifyArtifact({ action, mediaType, artifactType: target.string('artifactType', mediaTypeRule), tag }),
        location: event.string('location', locationRule),
        connectedRegistry: readConnectedRegistry(event),
        actor: event.object('actor')?.freeText('name'),
        request: request
            ? {
                id: request.freeText('id'),
                method: request.string('method', HTTP_METHOD_RULE),
                userAgent: request.freeText('useragent')
            }
            : undefined
    };
}
/** `connectedRegistry: {name}` in Event Grid's schema, spelled `connectedregistry` by some sources. */
function readConnectedRegistry(event) {
    const key = event.raw('connectedRegistry') !== undefined ? 'connectedRegistry' : 'connectedregistry';
    return event.object(key)?.string('name', connectedRegistryRule);
}
function readAction(event, typeAction, typePath) {
    const value = event.raw('action');
    const path = `${event.path}.action`;
    if (value === undefined || value === null) {
        if (typeAction)
            return typeAction;
        throw new errors_PayloadError(path, `is required: one of ${ACR_ACTIONS.join(', ')}`);
    }
    if (!isAcrAction(value))
        throw new errors_PayloadError(path, `must be one of ${ACR_ACTIONS.join(', ')}`, value);
    if (typeAction && value !== typeAction) {
        throw new errors_PayloadError(path, `contradicts ${typePath}, which means "${typeAction}"`, value);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/relay/recent-events.ts
// The relay's memory of accepted events, for acknowledging redeliveries
// without dispatching again: a time window, and a bound on its size so that a
// flood of distinct ids cannot grow the process without limit.
class RecentEvents {
    windowMs;
    maxEntries;
    /** Key → when it was last accepted. */
    acceptedAt = new Map();
    // Acceptances oldest first, in a ring of maxEntries slots. A Map also iterates
    // oldest first, but each new iteration walks over the slots of deleted entries
    // until V8 compacts the table: forgetting one entry per request that way grew
    // the cost of a request with the size of the window.
    ringKeys = [];
    ringTimes = [];
    head = 0;
    count = 0;
    constructor(windowMs, maxEntries) {
        this.windowMs = windowMs;
        this.maxEntries = maxEntries;
    }
    get size() {
        return this.acceptedAt.size;
    }
    has(key, now) {
        const at = this.acceptedAt.get(key);
        return at !== undefined && now - at < this.windowMs;
    }
    remember(key, now) {
        // The oldest go first, when out of the window or past the bound: they are the least likely to be redelivered.
        while (this.count > 0 && (this.count === this.maxEntries || now - this.ringTimes[this.head] >= this.windowMs))
            this.forgetOldest();
        const slot = (this.head + this.count) % this.maxEntries;
        this.ringKeys[slot] = key;
        this.ringTimes[slot] = now;
        this.count++;
        this.acceptedAt.set(key, now);
    }
    forgetOldest() {
        const key = this.ringKeys[this.head];
        // A key accepted again since holds a later time, and its later slot forgets it.
        if (this.acceptedAt.get(key) === this.ringTimes[this.head])
            this.acceptedAt.delete(key);
        this.head = (this.head + 1) % this.maxEntries;
        this.count--;
    }
}

;// CONCATENATED MODULE: ./src/relay/core.ts
// The relay's request handling, free of any host: a request comes in, a
// response and a log line go out, and dispatches go through the injected
// dispatcher. The Node server and the Azure Function are thin adapters.







const MAX_BODY_BYTES = 1024 * 1024;
/** Event Grid's validation handshake is answered without the secret, so its body gets a far smaller limit. */
const MAX_HANDSHAKE_BODY_BYTES = 64 * 1024;
/** GitHub refuses a client_payload of 64 KB of JSON or more. */
const MAX_CLIENT_PAYLOAD_BYTES = 65_535;
const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;
/** Per target repository, about 10 MB of ids: far more events than a registry sends in 10 minutes. */
const MAX_REMEMBERED_EVENTS = 100_000;
const VALIDATION_EVENT = 'Microsoft.EventGrid.SubscriptionValidationEvent';
const JSON_CONTENT_TYPES = ['application/json', 'application/cloudevents+json', 'application/cloudevents-batch+json'];
/** Top-level keys of an ACR event (the native webhook, and Event Grid's data; connected registries spelled both ways); GitHub allows 10. */
const CLIENT_PAYLOAD_KEYS = [
    'id',
    'timestamp',
    'action',
    'target',
    'request',
    'actor',
    'source',
    'location',
    'connectedRegistry',
    'connectedregistry'
];
/** A 401 says "unauthorized" and no more; the log says which of these it was, and never the value sent. */
const UNAUTHORIZED = {
    noHeader: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: no Authorization header' },
    notBearer: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: the Authorization header is not "Bearer <secret>"' },
    wrongSecret: { status: 401, body: { error: 'unauthorized' }, logError: 'unauthorized: wrong secret' }
};
/** The answer to a body over MAX_BODY_BYTES, from the core or from a host that stops reading early. */
const BODY_TOO_LARGE = { status: 413, body: { error: `body over ${MAX_BODY_BYTES} bytes` } };
const HANDSHAKE_BODY_TOO_LARGE = { status: 413, body: { error: `body over ${MAX_HANDSHAKE_BODY_BYTES} bytes` } };
/** The 413 for a body over `limit` (one of the two limits decideOnHead gives). */
function bodyTooLarge(limit) {
    return limit === MAX_HANDSHAKE_BODY_BYTES ? HANDSHAKE_BODY_TOO_LARGE : BODY_TOO_LARGE;
}
/** What a sender is told to wait when storage failed. */
const STORAGE_RETRY_AFTER_SECONDS = 5;
class RelayCore {
    options;
    secret;
    now;
    /** Per target repository, by event id: keyed apart so that no id string needs joining (and hashing anew) per request. */
    targets = new Map();
    constructor(options) {
        this.options = options;
        this.secret = Buffer.from(options.secret);
        this.now = options.now ?? Date.now;
    }
    /**
     * What can be decided on the request line and headers alone: an answer
     * (healthz, 404, 405, the CloudEvents handshake, 401, 415, or 413 from
     * Content-Length), or else how many bytes the body may have. Hosts call this
     * before reading a body, so that a sender without the secret, or with too
     * large a body, never costs a body read.
     */
    decideOnHead(head) {
        if (head.path === '/healthz') {
            return head.method === 'GET' || head.method === 'HEAD'
                ? { status: 200, body: { status: 'ok' } }
                : { status: 405, headers: { allow: 'GET, HEAD' }, body: { error: 'method not allowed' } };
        }
        if (head.path !== '/')
            return { status: 404, body: { error: 'not found' } };
        if (head.method === 'OPTIONS')
            return answerCloudEventsHandshake(head);
        if (head.method !== 'POST')
            return { status: 405, headers: { allow: 'POST, OPTIONS' }, body: { error: 'method not allowed' } };
        // Event Grid may validate a subscription without the delivery's custom headers. Answering
        // reveals nothing and dispatches nothing, so the handshake is not behind the secret.
        const handshake = head.headers['aeg-event-type'] === 'SubscriptionValidation';
        if (!handshake) {
            const refused = this.refuseUnauthorized(head.headers.authorization);
            if (refused)
                return refused;
        }
        if (!JSON_CONTENT_TYPES.includes(mediaType(head.headers['content-type']))) {
            return { status: 415, body: { error: `content type must be one of ${JSON_CONTENT_TYPES.join(', ')}` } };
        }
        const limit = handshake ? MAX_HANDSHAKE_BODY_BYTES : MAX_BODY_BYTES;
        return Number(head.headers['content-length']) > limit ? bodyTooLarge(limit) : limit;
    }
    /**
     * The whole request. `bodyLimit` is decideOnHead's answer when the host
     * already asked it; otherwise the head is decided here.
     */
    async handle(request, bodyLimit) {
        const started = this.now();
        const log = { method: request.method, path: request.path, status: 0, durationMs: 0, events: [] };
        // Everything up to the dispatches is synchronous: a request is answered, or fully validated, before anything is sent.
        const prepared = this.prepare(request, bodyLimit ?? this.decideOnHead(request), log);
        const response = Array.isArray(prepared) ? await this.dispatchAll(prepared, log) : prepared;
        log.status = response.status;
        log.durationMs = this.now() - started;
        return { response, log };
    }
    /** A response at once, or the events to dispatch. */
    prepare(request, decided, log) {
        if (typeof decided !== 'number') {
            if (decided.logError !== undefined)
                log.error = decided.logError;
            return decided;
        }
        if (isOverUtf8Bytes(request.body, decided))
            return bodyTooLarge(decided);
        // decideOnHead gives the handshake, and only the handshake, its smaller limit.
        const handshake = decided === MAX_HANDSHAKE_BODY_BYTES;
        let body;
        try {
            body = JSON.parse(request.body);
        }
        catch (error) {
            log.error = 'invalid JSON';
            return { status: 400, body: { error: 'invalid JSON', detail: error.message } };
        }
        if (handshake)
            return answerEventGridHandshake(body);
        try {
            return this.plan(body, readBinaryCloudEvent(request.headers));
        }
        catch (error) {
            if (!(error instanceof errors_PayloadError))
                throw error;
            log.error = error.message;
            return { status: 400, body: { error: 'invalid event', field: error.path, detail: error.message } };
        }
    }
    /**
     * The 401 for anything but `Bearer <secret>`, or undefined: the scheme in any
     * case and one or more spaces after it (RFC 9110). Constant time over the
     * secret's bytes; only a wrong length returns early, and the length is no secret.
     */
    refuseUnauthorized(header) {
        if (header === undefined)
            return UNAUTHORIZED.noHeader;
        if (header.length <= 7 || header.charCodeAt(6) !== 32 || header.slice(0, 6).toLowerCase() !== 'bearer')
            return UNAUTHORIZED.notBearer;
        let start = 7;
        while (header.charCodeAt(start) === 32)
            start++;
        const given = Buffer.from(header.slice(start));
        return given.length === this.secret.length && (0,external_node_crypto_.timingSafeEqual)(given, this.secret) ? undefined : UNAUTHORIZED.wrongSecret;
    }
    /** Validates every event of the request before any is dispatched, so a bad batch sends nothing. */
    plan(body, binary) {
        // Before anything recursive (re-serializing the client_payload) meets the body.
        checkJsonDepth(body, 'body');
        if (binary)
            return [this.planOne(binaryEvent(body, binary), 'body', binary.id)];
        const items = Array.isArray(body) ? body.map((item, index) => ({ item, path: `body[${index}]` })) : [{ item: body, path: 'body' }];
        if (items.length === 0)
            throw new errors_PayloadError('body', 'holds no event');
        return items.map(({ item, path }) => this.planOne(unwrapOneEvent(item, path), path));
    }
    /** One event, validated and serialized as its client_payload; `fallbackId` stands in for an id the event lacks. */
    planOne(native, path, fallbackId) {
        const parsed = parseNativeEvent(native);
        const event = parsed.id === undefined && fallbackId !== undefined ? { ...parsed, id: fallbackId } : parsed;
        const payload = toClientPayload(native.fields, event);
        if (fallbackId !== undefined && payload.id === undefined)
            payload.id = fallbackId;
        const clientPayloadJson = JSON.stringify(payload);
        if (isOverUtf8Bytes(clientPayloadJson, MAX_CLIENT_PAYLOAD_BYTES)) {
            throw new errors_PayloadError(path, `is larger than GitHub's client_payload limit of ${MAX_CLIENT_PAYLOAD_BYTES} bytes`);
        }
        return { event, clientPayloadJson };
    }
    async dispatchAll(planned, log) {
        // An ACR webhook carries one event: it is awaited on its own, without Promise.all's bookkeeping.
        const results = planned.length === 1 ? [await this.dispatchOne(planned[0])] : await Promise.all(planned.map(item => this.dispatchOne(item)));
        log.events = results;
        const counts = { dispatched: 0, queued: 0, duplicates: 0, unrouted: 0, pings: 0 };
        const failed = [];
        for (const entry of results) {
            if (entry.outcome === 'dispatched')
                counts.dispatched++;
            else if (entry.outcome === 'queued')
                counts.queued++;
            else if (entry.outcome === 'duplicate')
                counts.duplicates++;
            else if (entry.outcome === 'no-route')
                counts.unrouted++;
            else if (entry.outcome === 'ping')
                counts.pings++;
            else
                failed.push(entry);
        }
        const accepted = counts.dispatched + counts.queued;
        // In storage mode nothing is dispatched before the answer: the body says "queued" instead.
        const { dispatched, queued, duplicates, unrouted, pings } = counts;
        const summary = this.options.outbox ? { queued, duplicates, unrouted, pings } : { dispatched, duplicates, unrouted, pings };
        if (failed.length === 0)
            return { status: accepted + summary.duplicates > 0 ? 202 : 200, body: summary };
        if (failed.some(entry => entry.storageError !== undefined)) {
            // Those of the batch that were stored are duplicates when it comes again.
            return {
                status: 503,
                headers: { 'retry-after': String(STORAGE_RETRY_AFTER_SECONDS) },
                body: { error: 'the event could not be stored; send again later', ...summary, failed: failed.length }
            };
        }
        const retryable = failed.filter(entry => entry.retryable);
        if (retryable.length > 0) {
            const retryAfter = Math.max(...retryable.map(entry => entry.retryAfterSeconds ?? 0));
            return {
                status: 503,
                headers: retryAfter > 0 ? { 'retry-after': String(retryAfter) } : {},
                body: { error: 'GitHub did not accept every dispatch; send again later', ...summary, failed: failed.length }
            };
        }
        const statuses = failed.map(entry => entry.githubStatus).join(', ');
        const error = failed.some(entry => entry.appCredentialsRefused)
            ? `GitHub refused the GitHub App's credentials (HTTP ${statuses}) when the relay asked for an installation token: check GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY and GITHUB_APP_INSTALLATION_ID`
            : `GitHub refused the dispatch (HTTP ${statuses}): check the token's access to the target repository`;
        return { status: 502, body: { error, ...summary, failed: failed.length } };
    }
    async dispatchOne({ event, clientPayloadJson }) {
        const entry = { eventId: event.id, action: event.action, repository: event.repository, tag: event.tag, outcome: 'ping' };
        if (event.action === 'ping')
            return entry;
        const route = this.routeFor(event.repository);
        if (!route) {
            entry.outcome = 'no-route';
            return entry;
        }
        entry.target = route.target;
        if (this.options.outbox)
            return this.store(this.options.outbox, entry, route.target, event.action, clientPayloadJson);
        const id = event.id;
        // Without an id a redelivery cannot be recognised: it is sent again.
        if (id === undefined)
            return this.send(entry, route.target, event.action, clientPayloadJson);
        const state = this.targetState(route.target);
        if (state.recent.has(id, this.now())) {
            entry.outcome = 'duplicate';
            return entry;
        }
        const running = state.inFlight.get(id);
        if (running) {
            const first = await running;
            entry.outcome = first.outcome === 'dispatched' ? 'duplicate' : 'failed';
            if (first.outcome === 'failed') {
                entry.githubStatus = first.githubStatus;
                entry.retryable = first.retryable;
                // Told the same time as the first: without it, its sender would come back at once.
                entry.retryAfterSeconds = first.retryAfterSeconds;
            }
            return entry;
        }
        const sending = this.send(entry, route.target, event.action, clientPayloadJson);
        state.inFlight.set(id, sending);
        try {
            const sent = await sending;
            if (sent.outcome === 'dispatched')
                state.recent.remember(id, this.now());
            return sent;
        }
        finally {
            state.inFlight.delete(id);
        }
    }
    /** Storage mode: the shared table is the duplicate window, and the dispatch happens after the answer. */
    async store(outbox, entry, target, action, clientPayloadJson) {
        try {
            entry.outcome = await outbox.accept({
                target,
                eventId: entry.eventId,
                eventType: `${this.options.eventTypePrefix}${action}`,
                clientPayloadJson
            });
        }
        catch (error) {
            entry.outcome = 'failed';
            entry.retryable = true;
            entry.storageError = error.message;
        }
        return entry;
    }
    async send(entry, target, action, clientPayloadJson) {
        const result = await this.options.dispatcher({ target, eventType: `${this.options.eventTypePrefix}${action}`, clientPayloadJson });
        entry.outcome = result.ok ? 'dispatched' : 'failed';
        entry.githubStatus = result.status;
        entry.attempts = result.attempts;
        if (!result.ok) {
            entry.retryable = result.retryable;
            entry.retryAfterSeconds = result.retryAfterSeconds;
            if (result.failureReason !== undefined)
                entry.githubError = result.failureReason;
            if (result.appCredentialsRefused)
                entry.appCredentialsRefused = true;
        }
        return entry;
    }
    /** The first route whose globs match; a loop rather than find(), which took a new closure per event. */
    routeFor(repository) {
        for (const route of this.options.routes)
            if (route.repositories.matches(repository))
                return route;
        return undefined;
    }
    targetState(target) {
        let state = this.targets.get(target);
        if (!state) {
            state = { recent: new RecentEvents(DUPLICATE_WINDOW_MS, this.options.maxRememberedEvents ?? MAX_REMEMBERED_EVENTS), inFlight: new Map() };
            this.targets.set(target, state);
        }
        return state;
    }
}
/** The native event with its known top-level keys only, and the action the envelope implied. */
function toClientPayload(fields, event) {
    const payload = {};
    for (const key of CLIENT_PAYLOAD_KEYS) {
        const value = ownField(fields, key);
        if (value !== undefined)
            payload[key] = value;
    }
    payload.action = event.action;
    return payload;
}
/**
 * The ce-* headers of a CloudEvents binary-mode request (what the cloudevents
 * SDK sends by default), checked; undefined for any other request. The type
 * gives the action, as in structured mode; an id there is the duplicate key
 * when the data has none.
 */
function readBinaryCloudEvent(headers) {
    const specversion = headers['ce-specversion'];
    if (specversion === undefined)
        return undefined;
    if (specversion !== '1.0')
        throw new errors_PayloadError('header ce-specversion', 'must be "1.0" (CloudEvents 1.0)', specversion);
    const type = headers['ce-type'];
    if (type === undefined || !Object.hasOwn(ACR_EVENT_TYPES, type)) {
        throw new errors_PayloadError('header ce-type', `must be one of ${Object.keys(ACR_EVENT_TYPES).join(', ')}`, type);
    }
    const id = headers['ce-id'];
    if (id !== undefined && !eventIdRule.test(id))
        throw new errors_PayloadError('header ce-id', `must be ${eventIdRule.description}`, id);
    return { type, id };
}
function binaryEvent(body, binary) {
    if (!isJsonObject(body))
        throw new errors_PayloadError('body', 'must be a JSON object (the ACR event: the data of a binary-mode CloudEvent)', body);
    return { fields: body, path: 'body', shape: 'cloudevents', typeAction: ACR_EVENT_TYPES[binary.type], typePath: 'header ce-type' };
}
/** The media type of a Content-Type header, without parameters, in lower case. */
function mediaType(header) {
    if (header === undefined)
        return '';
    // What ACR and Event Grid send, answered without splitting.
    if (header === 'application/json')
        return header;
    return header.split(';')[0].trim().toLowerCase();
}
/** CloudEvents abuse protection: the sender asks with OPTIONS whether it may deliver here. */
function answerCloudEventsHandshake(request) {
    const origin = request.headers['webhook-request-origin'];
    if (!origin)
        return { status: 204, headers: { allow: 'POST, OPTIONS' } };
    const headers = { allow: 'POST, OPTIONS', 'webhook-allowed-origin': origin };
    if (request.headers['webhook-request-rate'])
        headers['webhook-allowed-rate'] = '*';
    return { status: 200, headers };
}
/** Event Grid's subscription handshake: echo the validation code. */
function answerEventGridHandshake(body) {
    const first = Array.isArray(body) ? body[0] : body;
    const type = isJsonObject(first) ? ownField(first, 'eventType') : undefined;
    const data = isJsonObject(first) ? ownField(first, 'data') : undefined;
    const code = isJsonObject(data) ? ownField(data, 'validationCode') : undefined;
    if (type !== VALIDATION_EVENT || typeof code !== 'string' || !/^[A-Za-z0-9-]{1,128}$/.test(code)) {
        return {
            status: 400,
            body: { error: 'invalid event', field: 'body[0]', detail: `expected a ${VALIDATION_EVENT} with data.validationCode` }
        };
    }
    return { status: 200, body: { validationResponse: code } };
}

;// CONCATENATED MODULE: ./node_modules/yocto-queue/index.js
/*
How it works:
`this.#head` is an instance of `Node` which keeps track of its current value and nests another instance of `Node` that keeps the value that comes after it. When a value is provided to `.enqueue()`, the code needs to iterate through `this.#head`, going deeper and deeper to find the last value. However, iterating through every single item is slow. This problem is solved by saving a reference to the last value as `this.#tail` so that it can reference it to add a new value.
*/

class Node {
	value;
	next;

	constructor(value) {
		this.value = value;
	}
}

class Queue {
	#head;
	#tail;
	#size;

	constructor() {
		this.clear();
	}

	enqueue(value) {
		const node = new Node(value);

		if (this.#head) {
			this.#tail.next = node;
			this.#tail = node;
		} else {
			this.#head = node;
			this.#tail = node;
		}

		this.#size++;
	}

	dequeue() {
		const current = this.#head;
		if (!current) {
			return;
		}

		this.#head = this.#head.next;
		this.#size--;

		// Clean up tail reference when queue becomes empty
		if (!this.#head) {
			this.#tail = undefined;
		}

		return current.value;
	}

	peek() {
		if (!this.#head) {
			return;
		}

		return this.#head.value;

		// TODO: Node.js 18.
		// return this.#head?.value;
	}

	clear() {
		this.#head = undefined;
		this.#tail = undefined;
		this.#size = 0;
	}

	get size() {
		return this.#size;
	}

	* [Symbol.iterator]() {
		let current = this.#head;

		while (current) {
			yield current.value;
			current = current.next;
		}
	}

	* drain() {
		while (this.#head) {
			yield this.dequeue();
		}
	}
}

;// CONCATENATED MODULE: ./node_modules/p-limit/index.js


function pLimit(concurrency) {
	let rejectOnClear = false;

	if (typeof concurrency === 'object') {
		({concurrency, rejectOnClear = false} = concurrency);
	}

	validateConcurrency(concurrency);

	if (typeof rejectOnClear !== 'boolean') {
		throw new TypeError('Expected `rejectOnClear` to be a boolean');
	}

	const queue = new Queue();
	let activeCount = 0;

	const resumeNext = () => {
		// Process the next queued function if we're under the concurrency limit
		if (activeCount < concurrency && queue.size > 0) {
			activeCount++;
			queue.dequeue().run();
		}
	};

	const next = () => {
		activeCount--;
		resumeNext();
	};

	const run = async (function_, resolve, arguments_) => {
		// Execute the function and capture the result promise
		const result = (async () => function_(...arguments_))();

		// Resolve immediately with the promise (don't wait for completion)
		resolve(result);

		// Wait for the function to complete (success or failure)
		// We catch errors here to prevent unhandled rejections,
		// but the original promise rejection is preserved for the caller
		try {
			await result;
		} catch {}

		// Decrement active count and process next queued function
		next();
	};

	const enqueue = (function_, resolve, reject, arguments_) => {
		const queueItem = {reject};

		// Queue the internal resolve function instead of the run function
		// to preserve the asynchronous execution context.
		new Promise(internalResolve => { // eslint-disable-line promise/param-names
			queueItem.run = internalResolve;
			queue.enqueue(queueItem);
		}).then(run.bind(undefined, function_, resolve, arguments_)); // eslint-disable-line promise/prefer-await-to-then

		// Start processing immediately if we haven't reached the concurrency limit
		if (activeCount < concurrency) {
			resumeNext();
		}
	};

	const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
		enqueue(function_, resolve, reject, arguments_);
	});

	Object.defineProperties(generator, {
		activeCount: {
			get: () => activeCount,
		},
		pendingCount: {
			get: () => queue.size,
		},
		clearQueue: {
			value() {
				if (!rejectOnClear) {
					queue.clear();
					return;
				}

				const abortError = AbortSignal.abort().reason;

				while (queue.size > 0) {
					queue.dequeue().reject(abortError);
				}
			},
		},
		concurrency: {
			get: () => concurrency,

			set(newConcurrency) {
				validateConcurrency(newConcurrency);
				concurrency = newConcurrency;

				queueMicrotask(() => {
					// eslint-disable-next-line no-unmodified-loop-condition
					while (activeCount < concurrency && queue.size > 0) {
						resumeNext();
					}
				});
			},
		},
		map: {
			async value(iterable, function_) {
				const promises = [];

				try {
					Array.from(iterable, (value, index) => {
						const promise = generator(function_, value, index);
						promises.push(promise);
						return promise;
					});
				} catch (error) {
					// The iterable threw, so `Promise.all` never observes the already scheduled promises. Observe them here to avoid unhandled rejections.
					for (const promise of promises) {
						promise.catch(() => {}); // eslint-disable-line promise/prefer-await-to-then
					}

					throw error;
				}

				return Promise.all(promises);
			},
		},
	});

	return generator;
}

function limitFunction(function_, options) {
	const limit = pLimit(options);

	const limitedFunction = (...arguments_) => limit(() => function_(...arguments_));
	Object.defineProperty(limitedFunction, 'clearQueue', {
		value: limit.clearQueue,
	});

	return limitedFunction;
}

function validateConcurrency(concurrency) {
	if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
		throw new TypeError('Expected `concurrency` to be a number from 1 and up');
	}
}

;// CONCATENATED MODULE: ./src/relay/github/breaker.ts
// One view of GitHub's health shared by every request to it (dispatches and
// token mints), so that an outage does not multiply the traffic sent to
// GitHub: after `threshold` failures in a row (5xx, unreachable, no answer in
// time) the breaker opens for `cooldownMs`, during which nothing is sent and
// senders are told when to come back; then one probe goes through.
//
// A request is let through with a ticket, and the ticket is the only way to
// report: `settle` in the policy's `finally` reports it once whatever
// happened, so no path through a request can leave the breaker half-open
// (the bug this replaced: a probe whose token mint failed never reported, and
// the breaker stayed open until the process restarted).
class CircuitBreaker {
    now;
    threshold;
    cooldownMs;
    failures = 0;
    openUntil = 0;
    probing = false;
    constructor(now = Date.now, threshold = 5, cooldownMs = 5_000) {
        this.now = now;
        this.threshold = threshold;
        this.cooldownMs = cooldownMs;
    }
    /** A ticket for one request to GitHub, or undefined when the breaker is open (or its probe is under way). */
    admit() {
        if (this.failures < this.threshold)
            return this.ticket(false);
        if (this.probing || this.now() < this.openUntil)
            return undefined;
        this.probing = true;
        return this.ticket(true);
    }
    /** Seconds until a request may go again, for Retry-After (at least 1). */
    retryAfterSeconds() {
        return Math.max(1, Math.ceil((this.openUntil - this.now()) / 1000));
    }
    /** Whether it refuses requests now. */
    get open() {
        return this.failures >= this.threshold && (this.probing || this.now() < this.openUntil);
    }
    ticket(probe) {
        let settled = false;
        return {
            probe,
            settle: outcome => {
                if (settled)
                    return;
                settled = true;
                if (outcome === 'answered')
                    this.failures = 0;
                else if (outcome === 'failed') {
                    this.failures++;
                    if (this.failures >= this.threshold)
                        this.openUntil = this.now() + this.cooldownMs;
                }
                // A probe that sent nothing leaves the breaker as it found it: the next request probes.
                if (probe)
                    this.probing = false;
            }
        };
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(4708);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/relay/github/http.ts
// The one HTTP stack to GitHub: dispatches and the App's token mints both go
// out here, over one keep-alive agent, each bounded by the AbortSignal its
// caller gives (the dispatch's deadline, and in storage mode its lease).
// @octokit/auth-app reaches it through `fetchOver`, the fetch it is given.



const USER_AGENT = 'acr-webhook-relay';
/**
 * POSTs over keep-alive connections with Node's http client. fetch (undici)
 * cost the relay more than twice the CPU per dispatch under load (160 µs
 * against 67 µs a request, npm run bench:relay), most of it in its streams and
 * the garbage they leave.
 */
function createHttpSend(apiUrl) {
    // Parsed once: a URL per request showed in the profile. The base path keeps GitHub Enterprise Server's /api/v3.
    const url = new URL(apiUrl);
    const base = (0,external_node_url_namespaceObject.urlToHttpOptions)(url);
    const basePath = url.pathname.replace(/\/$/, '');
    const secure = base.protocol === 'https:';
    const agent = secure ? new external_node_https_.Agent({ keepAlive: true }) : new external_node_http_.Agent({ keepAlive: true });
    const send = secure ? external_node_https_.request : external_node_http_.request;
    return (request, signal) => new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(abortReason(signal));
        // In rawHeaders form, which Node writes as given instead of setting each header in turn.
        const headers = ['host', url.host, 'user-agent', USER_AGENT];
        for (const name in request.headers)
            headers.push(name, request.headers[name]);
        if (request.body !== undefined)
            headers.push('content-length', String(Buffer.byteLength(request.body)));
        const options = {
            protocol: base.protocol,
            hostname: base.hostname,
            port: base.port,
            path: basePath + request.path,
            method: request.method,
            agent,
            headers
        };
        const outgoing = send(options, res => {
            const status = res.statusCode ?? 0;
            let text = '';
            // An accepted dispatch has no body worth reading; a refusal's body tells a rate limit from the rest.
            if (status >= 200 && status < 300 && !request.readBody)
                res.resume();
            else {
                res.setEncoding('utf8');
                res.on('data', chunk => (text += chunk));
            }
            res.on('end', () => {
                signal.removeEventListener('abort', onAbort);
                resolve({ status, headers: res.headers, text });
            });
            res.on('error', error => {
                signal.removeEventListener('abort', onAbort);
                reject(error);
            });
        });
        const onAbort = () => outgoing.destroy(abortReason(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        outgoing.on('error', error => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
        });
        outgoing.end(request.body);
    });
}
/** The error an aborted request ends with: the reason the signal carries ("no answer before the deadline"). */
function abortReason(signal) {
    return signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason));
}
/**
 * A fetch for @octokit/request (the App's token mints), over `send`: the
 * same agent, the same signal, and every answer seen by `send`'s caller
 * before octokit reads it.
 */
function fetchOver(send, apiUrl) {
    const prefix = new URL(apiUrl).href.replace(/\/$/, '');
    return async (input, init = {}) => {
        const href = String(input);
        const path = href.startsWith(prefix) ? href.slice(prefix.length) : new URL(href).pathname;
        const headers = {};
        for (const [name, value] of Object.entries((init.headers ?? {}))) {
            // The agent sets these itself.
            if (name.toLowerCase() !== 'user-agent' && name.toLowerCase() !== 'content-length')
                headers[name.toLowerCase()] = String(value);
        }
        const body = typeof init.body === 'string' ? init.body : undefined;
        const answer = await send({ method: init.method ?? 'GET', path, headers, body, readBody: true }, init.signal ?? undefined);
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(answer.headers)) {
            if (value !== undefined)
                responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        // 204 and 304 may carry no body.
        return new Response(answer.status === 204 || answer.status === 304 ? null : answer.text, { status: answer.status, headers: responseHeaders });
    };
}

;// CONCATENATED MODULE: external "node:async_hooks"
const external_node_async_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");
;// CONCATENATED MODULE: ./src/relay/github/answers.ts
/** GitHub: without Retry-After or an exhausted limit's reset, wait at least a minute after a rate limit. */
const DEFAULT_RATE_LIMIT_WAIT_SECONDS = 60;
function judge(answer, nowMs) {
    const { status } = answer;
    const wait = waitSeconds(answer, nowMs);
    if (status >= 200 && status < 300)
        return wait === undefined ? { kind: 'accepted', status } : { kind: 'accepted', status, waitSeconds: wait };
    if (status >= 500)
        return wait === undefined ? { kind: 'failed', status } : { kind: 'failed', status, waitSeconds: wait };
    if (status === 429 || (status === 403 && (wait !== undefined || /rate limit/i.test(answer.text)))) {
        return { kind: 'limited', status, waitSeconds: wait ?? DEFAULT_RATE_LIMIT_WAIT_SECONDS };
    }
    return { kind: 'refused', status };
}
/**
 * Seconds GitHub asks for: Retry-After (seconds or an HTTP date), else an
 * exhausted limit's x-ratelimit-reset (epoch seconds), else undefined.
 */
function waitSeconds(answer, nowMs) {
    const header = answer.headers['retry-after'];
    if (typeof header === 'string') {
        const trimmed = header.trim();
        if (/^\d+$/.test(trimmed))
            return Number(trimmed);
        const date = Date.parse(trimmed);
        if (!Number.isNaN(date))
            return Math.max(0, Math.ceil((date - nowMs) / 1000));
    }
    if (answer.headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(answer.headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(1, Math.ceil(reset - nowMs / 1000));
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/relay/github/policy.ts
// The one resilience policy every request to GitHub goes through, dispatches
// and token mints alike, composed in one place so that every path through it
// ends the same way:
//
//   deadline (and lease) ─ breaker ─ [retries, in dispatcher.ts] ─ blocked until ─ permit ─ HTTP
//
// - the deadline: one AbortSignal per dispatch bounds every wait and every
//   request in it (a permit, a token mint, the dispatch itself); what arrives
//   after it (a permit, a token, an answer) is not used to send;
// - the breaker is asked first, so that a request it refuses takes no permit;
//   its ticket is settled in a `finally`, whatever happened;
// - GitHub's "blocked until" (Retry-After, an exhausted limit's reset, a
//   minute for a secondary limit that names no time) and the budget are the
//   pacer's: shared by every event and, in storage mode, every instance.


/** A request that did not reach GitHub, and why: nothing was sent, so a sender may safely come back. */
class NotSentError extends Error {
    retryAfterSeconds;
    name = 'NotSentError';
    constructor(message, retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
class GitHubPolicy {
    options;
    /** The attempt a request belongs to, for requests made by libraries (the App's token mints) on the attempt's behalf. */
    static current = new external_node_async_hooks_namespaceObject.AsyncLocalStorage();
    constructor(options) {
        this.options = options;
    }
    get breaker() {
        return this.options.breaker;
    }
    get pacer() {
        return this.options.pacer;
    }
    /**
     * Runs `work` as one attempt: refused at once (NotSentError, no permit
     * taken) when the breaker is open; otherwise each request `work` makes
     * waits for GitHub's block to end and for a permit (given up at
     * `permitBy`), is bounded by `signal`, and updates the shared state from
     * GitHub's answer. The breaker hears the attempt's outcome once, whatever
     * `work` did or threw.
     */
    async attempt(signal, permitBy, work) {
        const record = { sent: 0 };
        const ticket = this.options.breaker.admit();
        if (!ticket) {
            const seconds = this.options.breaker.retryAfterSeconds();
            return {
                record,
                notSent: new NotSentError(`not sent: GitHub failed repeatedly, and the relay waits ${seconds} s before trying again`, seconds)
            };
        }
        const call = { signal, record, send: request => this.send(request, signal, permitBy, record) };
        try {
            await GitHubPolicy.current.run(call, () => work(call));
            return { record };
        }
        catch (error) {
            return error instanceof NotSentError ? { record, notSent: error } : { record, error };
        }
        finally {
            ticket.settle(outcomeOf(record));
        }
    }
    async send(request, signal, permitBy, record) {
        if (signal.aborted)
            throw notSentAfter(signal);
        const permit = await this.options.pacer.acquire(permitBy, signal);
        if (!permit.ok)
            throw new NotSentError(permit.reason, permit.retryAfterSeconds);
        try {
            // A permit that came after the deadline is not used.
            if (signal.aborted)
                throw notSentAfter(signal);
            record.sent++;
            let answer;
            try {
                answer = await this.options.send(request, signal);
            }
            catch (error) {
                record.verdict = undefined;
                record.transportError = error.message;
                throw error;
            }
            const now = Date.now();
            const verdict = judge(answer, now);
            record.verdict = verdict;
            record.transportError = undefined;
            // GitHub named a time: nothing goes to it before, from any event (and, through the store, any instance).
            if (verdict.kind !== 'refused' && verdict.waitSeconds !== undefined && verdict.waitSeconds > 0) {
                await this.options.pacer.block(now + verdict.waitSeconds * 1000).catch(() => undefined);
            }
            return answer;
        }
        finally {
            permit.release();
        }
    }
}
function notSentAfter(signal) {
    return new NotSentError(`not sent: ${signal.reason.message}`, undefined);
}
function outcomeOf(record) {
    if (record.transportError !== undefined)
        return 'failed';
    if (record.verdict)
        return record.verdict.kind === 'failed' ? 'failed' : 'answered';
    return 'not-sent';
}
/** The call of the attempt under way, for a request a library makes on its behalf; throws outside an attempt. */
function currentCall() {
    const call = GitHubPolicy.current.getStore();
    if (!call)
        throw new Error('a request to GitHub outside the resilience policy');
    return call;
}

;// CONCATENATED MODULE: ./node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }

  if (typeof process === "object" && process.version !== undefined) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${
      process.arch
    })`;
  }

  return "<environment undetectable>";
}

;// CONCATENATED MODULE: ./node_modules/@octokit/endpoint/dist-bundle/index.js
// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/defaults.js
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};

// pkg/dist-src/util/lowercase-keys.js
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}

// pkg/dist-src/util/is-plain-object.js
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/util/merge-deep.js
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}

// pkg/dist-src/util/remove-undefined-properties.js
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}

// pkg/dist-src/merge.js
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}

// pkg/dist-src/util/add-query-parameters.js
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}

// pkg/dist-src/util/extract-url-variable-names.js
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}

// pkg/dist-src/util/omit.js
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}

// pkg/dist-src/util/url-template.js
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}

// pkg/dist-src/parse.js
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}

// pkg/dist-src/endpoint-with-defaults.js
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}

// pkg/dist-src/with-defaults.js
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}

// pkg/dist-src/index.js
var endpoint = withDefaults(null, DEFAULTS);


;// CONCATENATED MODULE: ./node_modules/content-type/dist/index.js
/*!
 * content-type
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
const SP = 32; // " "
const HTAB = 9; // "\t"
const SEMI = 59; // ";"
const EQ = 61; // "="
const DQUOTE = 34; // '"'
const BSLASH = 92; // "\\"
const COMMA = 44; // ","
const LOWER_CASE = 1;
const OWS = 2;
const SEMI_FLAG = 4;
const COMMA_FLAG = 8;
const TOKEN_FLAG = 16;
const NON_ASCII = 0xff00;
const CASE_FLAGS = LOWER_CASE | NON_ASCII;
/**
 * Character flags used to normalize HTTP field values while scanning.
 * Out-of-range reads intentionally coerce to zero in bitwise expressions.
 */
const CHAR_MAP = new Uint8Array(0x100);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code = 0x80 /* non-ASCII */; code <= 0xff; code++) {
    CHAR_MAP[code] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
    CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code = 0x30 /* 0 */; code <= 0x39 /* 9 */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
for (let code = 0x41 /* A */; code <= 0x5a /* Z */; code++) {
    CHAR_MAP[code] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code = 0x61 /* a */; code <= 0x7a /* z */; code++) {
    CHAR_MAP[code] |= TOKEN_FLAG;
}
/**
 * Null object perf optimization. Faster than `Object.create(null)` and `{ __proto__: null }`.
 */
const NullObject = /* @__PURE__ */ (() => {
    const C = function () { };
    C.prototype = Object.create(null);
    return C;
})();
/**
 * Validate a type string against RFC 9110.
 */
function isTypeValid(type, start = 0, end = type.length) {
    let hasSlash = false;
    for (let index = start; index < end; index++) {
        const code = type.charCodeAt(index);
        if (code === 47 /* / */) {
            if (hasSlash || index === start || index >= end - 1)
                return false;
            hasSlash = true;
        }
        else if (!isTokenCode(code)) {
            return false;
        }
    }
    return hasSlash;
}
/**
 * Validate a token against RFC 9110.
 */
function isTokenValid(token, start = 0, end = token.length) {
    if (start >= end)
        return false;
    for (let index = start; index < end; index++) {
        if (!isTokenCode(token.charCodeAt(index)))
            return false;
    }
    return true;
}
/**
 * Check whether a character code belongs to the token production in RFC 9110.
 */
function isTokenCode(code) {
    return (CHAR_MAP[code] & TOKEN_FLAG) !== 0;
}
/**
 * Serialize a parameter value.
 */
function parameterValue(str) {
    const len = str.length;
    if (len === 0)
        return '""';
    let index = 0;
    while (index < len && isTokenCode(str.charCodeAt(index)))
        index++;
    if (index === len)
        return str;
    let result = '"';
    let start = 0;
    while (index < len) {
        const code = str.charCodeAt(index);
        if (code !== HTAB && (code < SP || code === 127 || code > 255)) {
            throw new TypeError(`Invalid parameter value: ${str}`);
        }
        if (code === 34 /* " */ || code === 92 /* \\ */) {
            result += `${str.slice(start, index)}\\`;
            start = index;
        }
        index++;
    }
    return `${result}${str.slice(start)}"`;
}
/**
 * Format an object into a `Content-Type` header.
 */
function format(obj) {
    const { type, parameters } = obj;
    if (!type || !isTypeValid(type)) {
        throw new TypeError(`Invalid type: ${type}`);
    }
    let result = type;
    if (parameters) {
        for (const param of Object.keys(parameters)) {
            if (!isTokenValid(param)) {
                throw new TypeError(`Invalid parameter name: ${param}`);
            }
            result += `; ${param}=${parameterValue(parameters[param])}`;
        }
    }
    return result;
}
/**
 * Parse a `Content-Type` header.
 */
function dist_parse(header, options) {
    const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
    const len = header.length;
    let valueStart = options?.start ?? 0;
    while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
        valueStart++;
    }
    let index = valueStart;
    let typeFlags = 0;
    let whitespace = -1;
    let stop = options?.parameters === false ? COMMA_FLAG : 0;
    while (index < len) {
        const code = header.charCodeAt(index);
        const flags = CHAR_MAP[code];
        if ((flags & stopFlags) !== 0) {
            stop |= flags & COMMA_FLAG;
            break;
        }
        if ((flags & OWS) !== 0) {
            if (whitespace === -1)
                whitespace = index;
        }
        else {
            whitespace = -1;
        }
        typeFlags |= (code & NON_ASCII) | flags;
        index++;
    }
    const valueEnd = whitespace === -1 ? index : whitespace;
    const value = header.slice(valueStart, valueEnd);
    const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
    if (index === len || stop !== 0) {
        return { type, index, parameters: new NullObject() };
    }
    return parseParameters(header, type, index, len, stopFlags);
}
/**
 * Parses the parameters of a `Content-Type` header starting at the given index.
 */
function parseParameters(header, type, index, len, stopFlags) {
    const parameters = new NullObject();
    parameter: while (index < len) {
        index++; // Skip over ;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
            index++;
        }
        const keyStart = index;
        let keyFlags = 0;
        let keyWhitespace = -1;
        while (index < len) {
            const code = header.charCodeAt(index);
            const flags = CHAR_MAP[code];
            if ((flags & stopFlags) !== 0) {
                if ((flags & COMMA_FLAG) !== 0)
                    break parameter;
                continue parameter;
            }
            if (code === EQ) {
                const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
                const value = header.slice(keyStart, keyEnd);
                const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
                index++;
                while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
                    index++;
                }
                if (index < len && header.charCodeAt(index) === DQUOTE) {
                    const quotedStart = ++index;
                    let escaped = false;
                    while (index < len) {
                        const code = header.charCodeAt(index);
                        if (code === DQUOTE) {
                            if (parameters[key] === undefined) {
                                parameters[key] = escaped
                                    ? unescapeQuotedPairs(header, quotedStart, index)
                                    : header.slice(quotedStart, index);
                            }
                            index++;
                            let stop = 0;
                            // Discard characters between quote and delimiter.
                            while (index < len) {
                                const code = header.charCodeAt(index);
                                const flags = CHAR_MAP[code];
                                if ((flags & stopFlags) !== 0) {
                                    stop = flags & COMMA_FLAG;
                                    break;
                                }
                                index++;
                            }
                            if (stop !== 0)
                                break parameter;
                            continue parameter;
                        }
                        if (code === BSLASH && index + 1 < len) {
                            escaped = true;
                            index += 2;
                            continue;
                        }
                        index++;
                    }
                    continue parameter;
                }
                const valueStart = index;
                let stop = 0;
                let valueWhitespace = -1;
                while (index < len) {
                    const code = header.charCodeAt(index);
                    const flags = CHAR_MAP[code];
                    if ((flags & stopFlags) !== 0) {
                        stop = flags & COMMA_FLAG;
                        break;
                    }
                    if ((flags & OWS) !== 0) {
                        if (valueWhitespace === -1)
                            valueWhitespace = index;
                    }
                    else {
                        valueWhitespace = -1;
                    }
                    index++;
                }
                if (parameters[key] === undefined) {
                    const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
                    parameters[key] = header.slice(valueStart, valueEnd);
                }
                if (stop !== 0)
                    break parameter;
                continue parameter;
            }
            if ((flags & OWS) !== 0) {
                if (keyWhitespace === -1)
                    keyWhitespace = index;
            }
            else {
                keyWhitespace = -1;
            }
            keyFlags |= (code & NON_ASCII) | flags;
            index++;
        }
    }
    return { type, index, parameters };
}
/**
 * Remove backslashes from quoted pairs in a known-terminated quoted string body.
 */
function unescapeQuotedPairs(str, start, end) {
    let result = "";
    for (let index = start; index < end; index++) {
        if (str.charCodeAt(index) === BSLASH) {
            result += str.slice(start, index);
            start = ++index;
        }
    }
    return result + str.slice(start, end);
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/json-with-bigint/json-with-bigint.js
const intRegex = /^-?\d+$/;
const noiseValue = /^-?\d+n+$/; // Noise - strings that match the custom format before being converted to it
const originalStringify = JSON.stringify;
const originalParse = JSON.parse;
const customFormat = /^-?\d+n$/;

const bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
const noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;

/**
 * @typedef {(this: any, key: string | number | undefined, value: any) => any} Replacer
 * @typedef {(key: string | number | undefined, value: any, context?: { source: string }) => any} Reviver
 */

/**
 * Checks if a value is unstringifiable according to native JSON.stringify rules.
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is undefined, a function, or a symbol.
 */
const isUnstringifiable = (val) =>
  val === undefined || typeof val === "function" || typeof val === "symbol";

/**
 * Checks if a value is a native JSON.rawJSON object (Node.js 22+).
 *
 * @param {any} val The value to check.
 * @returns {boolean} True if the value is a RawJSON instance.
 */
const isRawJSON = (val) =>
  val !== null &&
  typeof val === "object" &&
  val.constructor &&
  val.constructor.name === "RawJSON";

/**
 * Iteratively converts a JS value to a JSON string.
 * Used as a fallback when the native JSON.stringify hits the Maximum Call Stack size.
 * Fully compliant with JSON formatting (space), replacers, and toJSON behaviors.
 *
 * @param {any} rootValue The value to stringify.
 * @param {Replacer | Array<string | number> | null} [replacer] User's custom replacer function.
 * @param {string | number} [spaceParam] Indentation for pretty-printing.
 * @returns {string | undefined} The generated JSON string.
 */
const stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";

  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }

  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer)
    ? new Set(replacer.map(String))
    : null;

  /**
   * Prepares a value for stringification by resolving toJSON, handling BigInts,
   * applying custom replacers, and unwrapping primitive objects.
   *
   * @param {object|Array} parent The parent object or array holding the value.
   * @param {string} key The key associated with the value.
   * @param {any} val The raw value to process.
   * @returns {any} The processed value ready for stringification.
   */
  const prepareVal = (parent, key, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";

    if (hasToJSON) {
      val = val.toJSON(key);
    }

    const isNoise = typeof val === "string" && noiseValue.test(val);

    if (isNoise) return val + "n";

    const isBigInt = typeof val === "bigint";

    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return JSON.rawJSON(val.toString());

      return val.toString() + "n";
    }

    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }

    const isPostReplacerObject = val !== null && typeof val === "object";

    if (isPostReplacerObject) {
      const isPrimitiveWrapper =
        val instanceof Number ||
        val instanceof String ||
        val instanceof Boolean;

      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }

    return val;
  };

  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);

  if (isUnstringifiable(rootProcessed)) {
    return undefined;
  }

  const isRootPrimitive =
    rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);

  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }

  const chunks = [];
  let level = 0;

  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true,
    },
  ];

  const visited = new WeakSet([rootProcessed]);

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }

    let isDone = false;

    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");

        if (space) chunks.push("\n" + space.repeat(level));

        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);

        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject =
            childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);

          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }

            visited.add(childVal);

            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true,
            });

            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];

        const isFilteredOutByArray = propertyList && !propertyList.has(k);

        if (isFilteredOutByArray) continue;

        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);

        if (isUnstringifiable(childVal)) continue;

        if (!node.first) chunks.push(",");

        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }

        const isComplexObject =
          childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);

        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }

          visited.add(childVal);

          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true,
          });

          node.first = false;

          break; // Stop current loop level to process the newly pushed stack node
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }

      const isNodeFullyProcessed =
        node.index >= node.keys.length && stack[stack.length - 1] === node;

      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }

    if (isDone) {
      level--;

      if (!node.first && space) chunks.push("\n" + space.repeat(level));

      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }

  return chunks.join("");
};

/**
 * Converts a JavaScript value to a JSON string.
 *
 * Supports serialization of BigInt values using two strategies:
 * 1. Custom format "123n" → "123" (universal fallback)
 * 2. Native JSON.rawJSON() (Node.js 22+, fastest) when available
 *
 * All other values are serialized exactly like native JSON.stringify().
 *
 * @param {*} value The value to convert to a JSON string.
 * @param {Replacer | Array<string | number> | null} [replacer]
 * A function that alters the behavior of the stringification process,
 * or an array of strings/numbers to indicate properties to exclude.
 * @param {string | number} [space]
 * A string or number to specify indentation or pretty-printing.
 * @returns {string} The JSON string representation.
 */
const JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;

    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());

          const hasFunctionReplacer = typeof replacer === "function";

          if (hasFunctionReplacer) return replacer(key, val);

          const isKeyInArrayReplacer =
            Array.isArray(replacer) && replacer.includes(key);

          if (isKeyInArrayReplacer) return val;

          return val;
        },
        space,
      );
    }

    if (!value) return originalStringify(value, replacer, space);

    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);

        if (isNoise) return val.toString() + "n"; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

        if (typeof val === "bigint") return val.toString() + "n";

        const hasFunctionReplacer = typeof replacer === "function";

        if (hasFunctionReplacer) return replacer(key, val);

        const isKeyInArrayReplacer =
          Array.isArray(replacer) && replacer.includes(key);

        if (isKeyInArrayReplacer) return val;

        return val;
      },
      space,
    );

    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3",
    ); // Delete one "n" off the end of every BigInt value

    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3"); // Remove one "n" off the end of every noisy string

    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);

      if (convertedJSON === undefined) return undefined;

      const supportsRawJSON = "rawJSON" in JSON;

      if (supportsRawJSON) return convertedJSON;

      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");

      return processedJSON.replace(noiseStringify, "$1$2$3");
    }

    throw error;
  }
};

const featureCache = new Map();

/**
 * Detects if the current JSON.parse implementation supports the context.source feature.
 *
 * Uses toString() fingerprinting to cache results and automatically detect runtime
 * replacements of JSON.parse (polyfills, mocks, etc.).
 *
 * @returns {boolean} true if context.source is supported, false otherwise.
 */
const isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();

  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }

  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1",
    );
    featureCache.set(parseFingerprint, result);

    return result;
  } catch {
    featureCache.set(parseFingerprint, false);

    return false;
  }
};

/**
 * Reviver function that converts custom-format BigInt strings back to BigInt values.
 * Also handles "noise" strings that accidentally match the BigInt format.
 *
 * @param {string | number | undefined} key The object key.
 * @param {*} value The value being parsed.
 * @param {object} [context] Parse context (if supported by JSON.parse).
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The transformed value.
 */
const convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt =
    typeof value === "string" && customFormat.test(value);

  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));

  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);

  const hasUserReviver = typeof userReviver === "function";

  if (!hasUserReviver) return value;

  return userReviver(key, value, context);
};

/**
 * Fast JSON.parse implementation (~2x faster than classic fallback).
 * Uses JSON.parse's context.source feature to detect integers and convert
 * large numbers directly to BigInt without string manipulation.
 *
 * Does not support legacy custom format from v1 of this library.
 *
 * @param {string} text JSON string to parse.
 * @param {Reviver} [reviver] Transform function to apply to each value.
 * @returns {any} Parsed JavaScript value.
 */
const JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds =
      value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;

    if (isBigInt) return BigInt(context.source);

    const hasCustomReviver = typeof reviver === "function";

    if (!hasCustomReviver) return value;

    return reviver(key, value, context);
  });
};

const MAX_INT = Number.MAX_SAFE_INTEGER.toString();
const MAX_DIGITS = MAX_INT.length;
const stringsOrLargeNumbers =
  /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
const noiseValueWithQuotes = /^"-?\d+n+"$/; // Noise - strings that match the custom format before being converted to it

/**
 * Iteratively traverses the parsed object bottom-up (post-order),
 * emulating the native JSON.parse reviver behavior.
 * This avoids Call Stack overflows (RangeError) on deeply nested structures.
 *
 * @param {any} parsed The natively parsed JSON object.
 * @param {Reviver} [userReviver] User's custom reviver function.
 * @returns {any} The fully processed object.
 */
const applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];

  while (stack.length > 0) {
    const node = stack[stack.length - 1];

    if (!node.visited) {
      node.visited = true;

      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";

      if (isComplexObject) {
        const keys = Object.keys(value);

        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];

      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);

        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);

          if (isNoise) value = value.slice(0, -1);
        }
      }

      const hasUserReviver = typeof userReviver === "function";

      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }

      const isDeleted = value === undefined;

      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }

      stack.pop();
    }
  }

  return rootHolder[""];
};

/**
 * Pre-processes the JSON string to mark large numbers with an 'n' suffix.
 *
 * @param {string} text The raw JSON string.
 * @returns {string} The serialized string with marked BigInts.
 */
const serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);

      if (isNoise) return match.substring(0, match.length - 1) + 'n"'; // Mark noise values with additional "n" to offset the deletion of one "n" during the processing

      const hasFractionalOrExponential = fractional || exponential;

      // With a fixed number of digits, we can correctly use lexicographical comparison to do a numeric comparison
      const isLessThanMaxSafeInt =
        digits &&
        (digits.length < MAX_DIGITS ||
          (digits.length === MAX_DIGITS && digits <= MAX_INT));

      const isStandardValue =
        isString || hasFractionalOrExponential || isLessThanMaxSafeInt;

      if (isStandardValue) return match;

      return '"' + match + 'n"';
    },
  );
};

/**
 * Converts a JSON string into a JavaScript value.
 *
 * Supports parsing of large integers using two strategies:
 * 1. Classic fallback: Marks large numbers with "123n" format, then converts to BigInt
 * 2. Fast path (JSONParseV2): Uses context.source feature (~2x faster) when available
 *
 * All other JSON values are parsed exactly like native JSON.parse().
 *
 * @param {string} text A valid JSON string.
 * @param {Reviver} [reviver]
 * A function that transforms the results. This function is called for each member
 * of the object. If a member contains nested objects, the nested objects are
 * transformed before the parent object is.
 * @returns {any} The parsed JavaScript value.
 * @throws {SyntaxError} If text is not valid JSON.
 */
const JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);

  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver); // Shortcut to a faster (2x) and simpler version

    // Find and mark big numbers with "n"
    const serializedData = serializeBigInts(text);

    return originalParse(serializedData, (key, value, context) =>
      convertMarkedBigIntsReviver(key, value, context, reviver),
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);

      return applyReviverIteratively(parsed, reviver);
    }

    throw error;
  }
};



;// CONCATENATED MODULE: ./node_modules/@octokit/request-error/dist-src/index.js
class RequestError extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    /* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist */
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
}


;// CONCATENATED MODULE: ./node_modules/@octokit/request/dist-bundle/index.js
// pkg/dist-src/index.js


// pkg/dist-src/defaults.js


// pkg/dist-src/version.js
var dist_bundle_VERSION = "10.0.16";

// pkg/dist-src/defaults.js
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${dist_bundle_VERSION} ${getUserAgent()}`
  }
};

// pkg/dist-src/fetch-wrapper.js



// pkg/dist-src/is-plain-object.js
function dist_bundle_isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}

// pkg/dist-src/fetch-wrapper.js

var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = dist_bundle_isPlainObject(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = dist_parse(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}

// pkg/dist-src/with-defaults.js
function dist_bundle_withDefaults(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: dist_bundle_withDefaults.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: dist_bundle_withDefaults.bind(null, endpoint2)
  });
}

// pkg/dist-src/index.js
var dist_bundle_request = dist_bundle_withDefaults(endpoint, defaults_default);

/* v8 ignore next -- @preserve */
/* v8 ignore else -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/oauth-methods/dist-bundle/index.js
// pkg/dist-src/version.js
var oauth_methods_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/get-web-flow-authorization-url.js



// pkg/dist-src/utils.js

function requestToOAuthBaseUrl(request) {
  const endpointDefaults = request.endpoint.DEFAULTS;
  if (/^https:\/\/(api\.)?github\.com$/.test(endpointDefaults.baseUrl)) {
    return "https://github.com";
  }
  if (/^https:\/\/api\..*\.ghe\.com$/.test(endpointDefaults.baseUrl)) {
    return endpointDefaults.baseUrl.replace("api.", "");
  }
  return endpointDefaults.baseUrl.replace("/api/v3", "");
}
async function oauthRequest(request, route, parameters) {
  const withOAuthParameters = {
    baseUrl: requestToOAuthBaseUrl(request),
    headers: {
      accept: "application/json"
    },
    ...parameters
  };
  const response = await request(route, withOAuthParameters);
  if ("error" in response.data) {
    const error = new RequestError(
      `${response.data.error_description} (${response.data.error}, ${response.data.error_uri})`,
      400,
      {
        request: request.endpoint.merge(
          route,
          withOAuthParameters
        )
      }
    );
    error.response = response;
    throw error;
  }
  return response;
}

// pkg/dist-src/get-web-flow-authorization-url.js
function getWebFlowAuthorizationUrl({
  request = defaultRequest,
  ...options
}) {
  const baseUrl = requestToOAuthBaseUrl(request);
  return oauthAuthorizationUrl({
    ...options,
    baseUrl
  });
}

// pkg/dist-src/exchange-web-flow-code.js

async function exchangeWebFlowCode(options) {
  const request = options.request || dist_bundle_request;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      code: options.code,
      redirect_uri: options.redirectUrl
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if (options.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/create-device-code.js

async function createDeviceCode(options) {
  const request = options.request || dist_bundle_request;
  const parameters = {
    client_id: options.clientId
  };
  if ("scopes" in options && Array.isArray(options.scopes)) {
    parameters.scope = options.scopes.join(" ");
  }
  return oauthRequest(request, "POST /login/device/code", parameters);
}

// pkg/dist-src/exchange-device-code.js

async function exchangeDeviceCode(options) {
  const request = options.request || dist_bundle_request;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      device_code: options.code,
      grant_type: "urn:ietf:params:oauth:grant-type:device_code"
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    token: response.data.access_token,
    scopes: response.data.scope.split(/\s+/).filter(Boolean)
  };
  if ("clientSecret" in options) {
    authentication.clientSecret = options.clientSecret;
  }
  if (options.clientType === "github-app") {
    if ("refresh_token" in response.data) {
      const apiTimeInMs = new Date(response.headers.date).getTime();
      authentication.refreshToken = response.data.refresh_token, authentication.expiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.expires_in
      ), authentication.refreshTokenExpiresAt = toTimestamp2(
        apiTimeInMs,
        response.data.refresh_token_expires_in
      );
    }
    delete authentication.scopes;
  }
  return { ...response, authentication };
}
function toTimestamp2(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/check-token.js

async function checkToken(options) {
  const request = options.request || dist_bundle_request;
  const response = await request("POST /applications/{client_id}/token", {
    headers: {
      authorization: `basic ${btoa(
        `${options.clientId}:${options.clientSecret}`
      )}`
    },
    client_id: options.clientId,
    access_token: options.token
  });
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: options.token,
    scopes: response.data.scopes
  };
  if (response.data.expires_at)
    authentication.expiresAt = response.data.expires_at;
  if (options.clientType === "github-app") {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}

// pkg/dist-src/refresh-token.js

async function refreshToken(options) {
  const request = options.request || dist_bundle_request;
  const response = await oauthRequest(
    request,
    "POST /login/oauth/access_token",
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      grant_type: "refresh_token",
      refresh_token: options.refreshToken
    }
  );
  const apiTimeInMs = new Date(response.headers.date).getTime();
  const authentication = {
    clientType: "github-app",
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.access_token,
    refreshToken: response.data.refresh_token,
    expiresAt: toTimestamp3(apiTimeInMs, response.data.expires_in),
    refreshTokenExpiresAt: toTimestamp3(
      apiTimeInMs,
      response.data.refresh_token_expires_in
    )
  };
  return { ...response, authentication };
}
function toTimestamp3(apiTimeInMs, expirationInSeconds) {
  return new Date(apiTimeInMs + expirationInSeconds * 1e3).toISOString();
}

// pkg/dist-src/scope-token.js

async function scopeToken(options) {
  const {
    request: optionsRequest,
    clientType,
    clientId,
    clientSecret,
    token,
    ...requestOptions
  } = options;
  const request = options.request || defaultRequest7;
  const response = await request(
    "POST /applications/{client_id}/token/scoped",
    {
      headers: {
        authorization: `basic ${btoa(`${clientId}:${clientSecret}`)}`
      },
      client_id: clientId,
      access_token: token,
      ...requestOptions
    }
  );
  const authentication = Object.assign(
    {
      clientType,
      clientId,
      clientSecret,
      token: response.data.token
    },
    response.data.expires_at ? { expiresAt: response.data.expires_at } : {}
  );
  return { ...response, authentication };
}

// pkg/dist-src/reset-token.js

async function resetToken(options) {
  const request = options.request || dist_bundle_request;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  const response = await request(
    "PATCH /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
  const authentication = {
    clientType: options.clientType,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    token: response.data.token,
    scopes: response.data.scopes
  };
  if (response.data.expires_at)
    authentication.expiresAt = response.data.expires_at;
  if (options.clientType === "github-app") {
    delete authentication.scopes;
  }
  return { ...response, authentication };
}

// pkg/dist-src/delete-token.js

async function deleteToken(options) {
  const request = options.request || dist_bundle_request;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  return request(
    "DELETE /applications/{client_id}/token",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
}

// pkg/dist-src/delete-authorization.js

async function deleteAuthorization(options) {
  const request = options.request || dist_bundle_request;
  const auth = btoa(`${options.clientId}:${options.clientSecret}`);
  return request(
    "DELETE /applications/{client_id}/grant",
    {
      headers: {
        authorization: `basic ${auth}`
      },
      client_id: options.clientId,
      access_token: options.token
    }
  );
}

/* v8 ignore next: we always pass a custom request in tests -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-oauth-device/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/get-oauth-access-token.js

async function getOAuthAccessToken(state, options) {
  const cachedAuthentication = getCachedAuthentication(state, options.auth);
  if (cachedAuthentication) return cachedAuthentication;
  const { data: verification } = await createDeviceCode({
    clientType: state.clientType,
    clientId: state.clientId,
    request: options.request || state.request,
    // @ts-expect-error the extra code to make TS happy is not worth it
    scopes: options.auth.scopes || state.scopes
  });
  await state.onVerification(verification);
  const authentication = await waitForAccessToken(
    options.request || state.request,
    state.clientId,
    state.clientType,
    verification
  );
  state.authentication = authentication;
  return authentication;
}
function getCachedAuthentication(state, auth2) {
  if (auth2.refresh === true) return false;
  if (!state.authentication) return false;
  if (state.clientType === "github-app") {
    return state.authentication;
  }
  const authentication = state.authentication;
  const newScope = ("scopes" in auth2 && auth2.scopes || state.scopes).join(
    " "
  );
  const currentScope = authentication.scopes.join(" ");
  return newScope === currentScope ? authentication : false;
}
async function wait(seconds) {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1e3));
}
async function waitForAccessToken(request, clientId, clientType, verification) {
  try {
    const options = {
      clientId,
      request,
      code: verification.device_code
    };
    const { authentication } = clientType === "oauth-app" ? await exchangeDeviceCode({
      ...options,
      clientType: "oauth-app"
    }) : await exchangeDeviceCode({
      ...options,
      clientType: "github-app"
    });
    return {
      type: "token",
      tokenType: "oauth",
      ...authentication
    };
  } catch (error) {
    if (!error.response) throw error;
    const errorType = error.response.data.error;
    if (errorType === "authorization_pending") {
      await wait(verification.interval);
      return waitForAccessToken(request, clientId, clientType, verification);
    }
    if (errorType === "slow_down") {
      await wait(verification.interval + 7);
      return waitForAccessToken(request, clientId, clientType, verification);
    }
    throw error;
  }
}

// pkg/dist-src/auth.js
async function auth(state, authOptions) {
  return getOAuthAccessToken(state, {
    auth: authOptions
  });
}

// pkg/dist-src/hook.js
async function hook(state, request, route, parameters) {
  let endpoint = request.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url)) {
    return request(endpoint);
  }
  const { token } = await getOAuthAccessToken(state, {
    request,
    auth: { type: "oauth" }
  });
  endpoint.headers.authorization = `token ${token}`;
  return request(endpoint);
}

// pkg/dist-src/version.js
var auth_oauth_device_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/index.js
function createOAuthDeviceAuth(options) {
  const requestWithDefaults = options.request || dist_bundle_request.defaults({
    headers: {
      "user-agent": `octokit-auth-oauth-device.js/${auth_oauth_device_dist_bundle_VERSION} ${getUserAgent()}`
    }
  });
  const { request = requestWithDefaults, ...otherOptions } = options;
  const state = options.clientType === "github-app" ? {
    ...otherOptions,
    clientType: "github-app",
    request
  } : {
    ...otherOptions,
    clientType: "oauth-app",
    request,
    scopes: options.scopes || []
  };
  if (!options.clientId) {
    throw new Error(
      '[@octokit/auth-oauth-device] "clientId" option must be set (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  }
  if (!options.onVerification) {
    throw new Error(
      '[@octokit/auth-oauth-device] "onVerification" option must be a function (https://github.com/octokit/auth-oauth-device.js#usage)'
    );
  }
  return Object.assign(auth.bind(null, state), {
    hook: hook.bind(null, state)
  });
}

/* v8 ignore next 2 -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-oauth-user/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/version.js
var auth_oauth_user_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/get-authentication.js


async function getAuthentication(state) {
  if ("code" in state.strategyOptions) {
    const { authentication } = await exchangeWebFlowCode({
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request
    });
    return {
      type: "token",
      tokenType: "oauth",
      ...authentication
    };
  }
  if ("onVerification" in state.strategyOptions) {
    const deviceAuth = createOAuthDeviceAuth({
      clientType: state.clientType,
      clientId: state.clientId,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions,
      request: state.request
    });
    const authentication = await deviceAuth({
      type: "oauth"
    });
    return {
      clientSecret: state.clientSecret,
      ...authentication
    };
  }
  if ("token" in state.strategyOptions) {
    return {
      type: "token",
      tokenType: "oauth",
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      onTokenCreated: state.onTokenCreated,
      ...state.strategyOptions
    };
  }
  throw new Error("[@octokit/auth-oauth-user] Invalid strategy options");
}

// pkg/dist-src/auth.js

async function dist_bundle_auth(state, options = {}) {
  if (!state.authentication) {
    state.authentication = state.clientType === "oauth-app" ? await getAuthentication(state) : await getAuthentication(state);
  }
  if (state.authentication.invalid) {
    throw new Error("[@octokit/auth-oauth-user] Token is invalid");
  }
  const currentAuthentication = state.authentication;
  if ("expiresAt" in currentAuthentication) {
    if (options.type === "refresh" || new Date(currentAuthentication.expiresAt) < /* @__PURE__ */ new Date()) {
      const { authentication } = await refreshToken({
        clientType: "github-app",
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        refreshToken: currentAuthentication.refreshToken,
        request: state.request
      });
      state.authentication = {
        tokenType: "oauth",
        type: "token",
        ...authentication
      };
    }
  }
  if (options.type === "refresh") {
    if (state.clientType === "oauth-app") {
      throw new Error(
        "[@octokit/auth-oauth-user] OAuth Apps do not support expiring tokens"
      );
    }
    if (!currentAuthentication.hasOwnProperty("expiresAt")) {
      throw new Error("[@octokit/auth-oauth-user] Refresh token missing");
    }
    await state.onTokenCreated?.(state.authentication, {
      type: options.type
    });
  }
  if (options.type === "check" || options.type === "reset") {
    const method = options.type === "check" ? checkToken : resetToken;
    try {
      const { authentication } = await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request
      });
      state.authentication = {
        tokenType: "oauth",
        type: "token",
        // @ts-expect-error TBD
        ...authentication
      };
      if (options.type === "reset") {
        await state.onTokenCreated?.(state.authentication, {
          type: options.type
        });
      }
      return state.authentication;
    } catch (error) {
      if (error.status === 404) {
        error.message = "[@octokit/auth-oauth-user] Token is invalid";
        state.authentication.invalid = true;
      }
      throw error;
    }
  }
  if (options.type === "delete" || options.type === "deleteAuthorization") {
    const method = options.type === "delete" ? deleteToken : deleteAuthorization;
    try {
      await method({
        // @ts-expect-error making TS happy would require unnecessary code so no
        clientType: state.clientType,
        clientId: state.clientId,
        clientSecret: state.clientSecret,
        token: state.authentication.token,
        request: state.request
      });
    } catch (error) {
      if (error.status !== 404) throw error;
    }
    state.authentication.invalid = true;
    return state.authentication;
  }
  return state.authentication;
}

// pkg/dist-src/requires-basic-auth.js
var ROUTES_REQUIRING_BASIC_AUTH = /\/applications\/[^/]+\/(token|grant)s?/;
function requiresBasicAuth(url) {
  return url && ROUTES_REQUIRING_BASIC_AUTH.test(url);
}

// pkg/dist-src/hook.js
async function dist_bundle_hook(state, request, route, parameters = {}) {
  const endpoint = request.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url)) {
    return request(endpoint);
  }
  if (requiresBasicAuth(endpoint.url)) {
    const credentials = btoa(`${state.clientId}:${state.clientSecret}`);
    endpoint.headers.authorization = `basic ${credentials}`;
    return request(endpoint);
  }
  const { token } = state.clientType === "oauth-app" ? await dist_bundle_auth({ ...state, request }) : await dist_bundle_auth({ ...state, request });
  endpoint.headers.authorization = "token " + token;
  return request(endpoint);
}

// pkg/dist-src/index.js
function createOAuthUserAuth({
  clientId,
  clientSecret,
  clientType = "oauth-app",
  request = dist_bundle_request.defaults({
    headers: {
      "user-agent": `octokit-auth-oauth-app.js/${auth_oauth_user_dist_bundle_VERSION} ${getUserAgent()}`
    }
  }),
  onTokenCreated,
  ...strategyOptions
}) {
  const state = Object.assign({
    clientType,
    clientId,
    clientSecret,
    onTokenCreated,
    strategyOptions,
    request
  });
  return Object.assign(dist_bundle_auth.bind(null, state), {
    // @ts-expect-error not worth the extra code needed to appease TS
    hook: dist_bundle_hook.bind(null, state)
  });
}
createOAuthUserAuth.VERSION = auth_oauth_user_dist_bundle_VERSION;

/* v8 ignore if -- @preserve */
/* v8 ignore next -- @preserve */

;// CONCATENATED MODULE: ./node_modules/@octokit/auth-oauth-app/dist-bundle/index.js
// pkg/dist-src/index.js



// pkg/dist-src/auth.js

async function auth_oauth_app_dist_bundle_auth(state, authOptions) {
  if (authOptions.type === "oauth-app") {
    return {
      type: "oauth-app",
      clientId: state.clientId,
      clientSecret: state.clientSecret,
      clientType: state.clientType,
      headers: {
        authorization: `basic ${btoa(
          `${state.clientId}:${state.clientSecret}`
        )}`
      }
    };
  }
  if ("factory" in authOptions) {
    const { type, ...options } = {
      ...authOptions,
      ...state
    };
    return authOptions.factory(options);
  }
  const common = {
    clientId: state.clientId,
    clientSecret: state.clientSecret,
    request: state.request,
    ...authOptions
  };
  const userAuth = state.clientType === "oauth-app" ? await createOAuthUserAuth({
    ...common,
    clientType: state.clientType
  }) : await createOAuthUserAuth({
    ...common,
    clientType: state.clientType
  });
  return userAuth();
}

// pkg/dist-src/hook.js

async function auth_oauth_app_dist_bundle_hook(state, request2, route, parameters) {
  let endpoint = request2.endpoint.merge(
    route,
    parameters
  );
  if (/\/login\/(oauth\/access_token|device\/code)$/.test(endpoint.url)) {
    return request2(endpoint);
  }
  if (state.clientType === "github-app" && !requiresBasicAuth(endpoint.url)) {
    throw new Error(
      `[@octokit/auth-oauth-app] GitHub Apps cannot use their client ID/secret for basic authentication for endpoints other than "/applications/{client_id}/**". "${endpoint.method} ${endpoint.url}" is not supported.`
    );
  }
  const credentials = btoa(`${state.clientId}:${state.clientSecret}`);
  endpoint.headers.authorization = `basic ${credentials}`;
  try {
    return await request2(endpoint);
  } catch (error) {
    if (error.status !== 401) throw error;
    error.message = `[@octokit/auth-oauth-app] "${endpoint.method} ${endpoint.url}" does not support clientId/clientSecret basic authentication.`;
    throw error;
  }
}

// pkg/dist-src/version.js
var auth_oauth_app_dist_bundle_VERSION = "0.0.0-development";

// pkg/dist-src/index.js

function createOAuthAppAuth(options) {
  const state = Object.assign(
    {
      request: dist_bundle_request.defaults({
        headers: {
          "user-agent": `octokit-auth-oauth-app.js/${auth_oauth_app_dist_bundle_VERSION} ${getUserAgent()}`
        }
      }),
      clientType: "oauth-app"
    },
    options
  );
  return Object.assign(auth_oauth_app_dist_bundle_auth.bind(null, state), {
    hook: auth_oauth_app_dist_bundle_hook.bind(null, state)
  });
}

/* v8 ignore next -- @preserve */

;// CONCATENATED MODULE: ./node_modules/universal-github-app-jwt/lib/utils.js
// we don't @ts-check here because it chokes on atob and btoa which are available in all modern JS runtime environments

/**
 * @param {string} privateKey
 * @returns {boolean}
 */
function isPkcs1(privateKey) {
  return privateKey.includes("-----BEGIN RSA PRIVATE KEY-----");
}

/**
 * @param {string} privateKey
 * @returns {boolean}
 */
function isOpenSsh(privateKey) {
  return privateKey.includes("-----BEGIN OPENSSH PRIVATE KEY-----");
}

/**
 * @param {string} str
 * @returns {ArrayBuffer}
 */
function string2ArrayBuffer(str) {
  const buf = new ArrayBuffer(str.length);
  const bufView = new Uint8Array(buf);
  for (let i = 0, strLen = str.length; i < strLen; i++) {
    bufView[i] = str.charCodeAt(i);
  }
  return buf;
}

/**
 * @param {string} pem
 * @returns {ArrayBuffer}
 */
function getDERfromPEM(pem) {
  const pemB64 = pem
    .trim()
    .split("\n")
    .slice(1, -1) // Remove the --- BEGIN / END PRIVATE KEY ---
    .join("");

  const decoded = atob(pemB64);
  return string2ArrayBuffer(decoded);
}

/**
 * @param {import('../internals').Header} header
 * @param {import('../internals').Payload} payload
 * @returns {string}
 */
function getEncodedMessage(header, payload) {
  return `${base64encodeJSON(header)}.${base64encodeJSON(payload)}`;
}

/**
 * @param {ArrayBuffer} buffer
 * @returns {string}
 */
function base64encode(buffer) {
  var binary = "";
  var bytes = new Uint8Array(buffer);
  var len = bytes.byteLength;
  for (var i = 0; i < len; i++) {
    binary += String.fromCharCode(bytes[i]);
  }

  return fromBase64(btoa(binary));
}

/**
 * @param {string} base64
 * @returns {string}
 */
function fromBase64(base64) {
  return base64.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
}

/**
 * @param {Record<string,unknown>} obj
 * @returns {string}
 */
function base64encodeJSON(obj) {
  return fromBase64(btoa(JSON.stringify(obj)));
}

;// CONCATENATED MODULE: ./node_modules/universal-github-app-jwt/lib/crypto-node.js
// this can be removed once we only support Node 20+





// no-op, unfortunately there is no way to transform from PKCS8 or OpenSSH to PKCS1 with WebCrypto
function convertPrivateKey(privateKey) {
  if (!isPkcs1(privateKey)) return privateKey;

  return (0,external_node_crypto_.createPrivateKey)(privateKey).export({
    type: "pkcs8",
    format: "pem",
  });
}

;// CONCATENATED MODULE: ./node_modules/universal-github-app-jwt/lib/get-token.js
// we don't @ts-check here because it chokes crypto which is a global API in modern JS runtime environments





/**
 * @param {import('../internals').GetTokenOptions} options
 * @returns {Promise<string>}
 */
async function getToken({ privateKey, payload }) {
  const convertedPrivateKey = convertPrivateKey(privateKey);

  // WebCrypto only supports PKCS#8, unfortunately
  /* c8 ignore start */
  if (isPkcs1(convertedPrivateKey)) {
    throw new Error(
      "[universal-github-app-jwt] Private Key is in PKCS#1 format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats"
    );
  }
  /* c8 ignore stop */

  // WebCrypto does not support OpenSSH, unfortunately
  if (isOpenSsh(convertedPrivateKey)) {
    throw new Error(
      "[universal-github-app-jwt] Private Key is in OpenSSH format, but only PKCS#8 is supported. See https://github.com/gr2m/universal-github-app-jwt#private-key-formats"
    );
  }

  const algorithm = {
    name: "RSASSA-PKCS1-v1_5",
    hash: { name: "SHA-256" },
  };

  /** @type {import('../internals').Header} */
  const header = { alg: "RS256", typ: "JWT" };

  const privateKeyDER = getDERfromPEM(convertedPrivateKey);
  const importedKey = await external_node_crypto_.subtle.importKey(
    "pkcs8",
    privateKeyDER,
    algorithm,
    false,
    ["sign"]
  );

  const encodedMessage = getEncodedMessage(header, payload);
  const encodedMessageArrBuf = string2ArrayBuffer(encodedMessage);

  const signatureArrBuf = await external_node_crypto_.subtle.sign(
    algorithm.name,
    importedKey,
    encodedMessageArrBuf
  );

  const encodedSignature = base64encode(signatureArrBuf);

  return `${encodedMessage}.${encodedSignature}`;
}

;// CONCATENATED MODULE: ./node_modules/universal-github-app-jwt/index.js
// @ts-check

// @ts-ignore - #get-token is defined in "imports" in package.json


/**
 * @param {import(".").Options} options
 * @returns {Promise<import(".").Result>}
 */
async function githubAppJwt({
  id,
  privateKey,
  now = Math.floor(Date.now() / 1000),
}) {
  // Private keys are often times configured as environment variables, in which case line breaks are escaped using `\\n`.
  // Replace these here for convenience.
  const privateKeyWithNewlines = privateKey.replace(/\\n/g, '\n');

  // When creating a JSON Web Token, it sets the "issued at time" (iat) to 30s
  // in the past as we have seen people running situations where the GitHub API
  // claimed the iat would be in future. It turned out the clocks on the
  // different machine were not in sync.
  const nowWithSafetyMargin = now - 30;
  const expiration = nowWithSafetyMargin + 60 * 10; // JWT expiration time (10 minute maximum)

  const payload = {
    iat: nowWithSafetyMargin, // Issued at time
    exp: expiration,
    iss: id,
  };

  const token = await getToken({
    privateKey: privateKeyWithNewlines,
    payload,
  });

  return {
    appId: id,
    expiration,
    token,
  };
}

;// CONCATENATED MODULE: ./node_modules/toad-cache/dist/toad-cache.mjs
/**
 * toad-cache
 *
 * @copyright 2026 Igor Savin <kibertoad@gmail.com>
 * @license MIT
 * @version 3.7.3
 */
/**
 * Validates the shared cache constructor parameters.
 * Both values must be non-negative integers.
 *
 * @param {number} max
 * @param {number} ttlInMsecs
 */
function validateCacheParams(max, ttlInMsecs) {
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) {
    throw new Error('Invalid max value')
  }

  if (typeof ttlInMsecs !== 'number' || !Number.isInteger(ttlInMsecs) || ttlInMsecs < 0) {
    throw new Error('Invalid ttl value')
  }
}class FifoMap {
  constructor(max = 1000, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs);

    this.first = null;
    this.items = new Map();
    this.last = null;
    this.max = max;
    this.ttl = ttlInMsecs;
  }

  get size() {
    return this.items.size
  }

  clear() {
    this.items.clear();
    this.first = null;
    this.last = null;
  }

  delete(key) {
    const deletedItem = this.items.get(key);

    if (deletedItem !== undefined) {
      this.items.delete(key);

      if (deletedItem.prev !== null) {
        deletedItem.prev.next = deletedItem.next;
      }

      if (deletedItem.next !== null) {
        deletedItem.next.prev = deletedItem.prev;
      }

      if (this.first === deletedItem) {
        this.first = deletedItem.next;
      }

      if (this.last === deletedItem) {
        this.last = deletedItem.prev;
      }
    }
  }

  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++) {
      this.delete(keys[i]);
    }
  }

  evict() {
    if (this.size > 0) {
      const item = this.first;

      this.items.delete(item.key);

      if (this.size === 0) {
        this.first = null;
        this.last = null;
      } else {
        this.first = item.next;
        this.first.prev = null;
      }
    }
  }

  expiresAt(key) {
    const item = this.items.get(key);

    if (item !== undefined) {
      return item.expiry
    }
  }

  get(key) {
    const item = this.items.get(key);

    if (item !== undefined) {
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return
      }

      return item.value
    }
  }

  getMany(keys) {
    const result = new Array(keys.length);

    for (var i = 0; i < keys.length; i++) {
      result[i] = this.get(keys[i]);
    }

    return result
  }

  keys() {
    return this.items.keys()
  }

  set(key, value) {
    // Replace existing item
    const existing = this.items.get(key);

    if (existing !== undefined) {
      existing.value = value;
      existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl;

      return
    }

    // Add new item
    if (this.max > 0 && this.size >= this.max) {
      this.evict();
    }

    const item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key: key,
      prev: this.last,
      next: null,
      value,
    };
    this.items.set(key, item);

    if (this.size === 1) {
      this.first = item;
    } else {
      this.last.next = item;
    }

    this.last = item;
  }
}class FifoObject {
  constructor(max = 1000, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs);

    this.first = null;
    this.items = Object.create(null);
    this.last = null;
    this.size = 0;
    this.max = max;
    this.ttl = ttlInMsecs;
  }

  clear() {
    this.items = Object.create(null);
    this.first = null;
    this.last = null;
    this.size = 0;
  }

  delete(key) {
    const deletedItem = this.items[key];

    if (deletedItem !== undefined) {
      delete this.items[key];
      this.size--;

      if (deletedItem.prev !== null) {
        deletedItem.prev.next = deletedItem.next;
      }

      if (deletedItem.next !== null) {
        deletedItem.next.prev = deletedItem.prev;
      }

      if (this.first === deletedItem) {
        this.first = deletedItem.next;
      }

      if (this.last === deletedItem) {
        this.last = deletedItem.prev;
      }
    }
  }

  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++) {
      this.delete(keys[i]);
    }
  }

  evict() {
    if (this.size > 0) {
      const item = this.first;

      delete this.items[item.key];

      if (--this.size === 0) {
        this.first = null;
        this.last = null;
      } else {
        this.first = item.next;
        this.first.prev = null;
      }
    }
  }

  expiresAt(key) {
    const item = this.items[key];

    if (item !== undefined) {
      return item.expiry
    }
  }

  get(key) {
    const item = this.items[key];

    if (item !== undefined) {
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return
      }

      return item.value
    }
  }

  getMany(keys) {
    const result = new Array(keys.length);

    for (var i = 0; i < keys.length; i++) {
      result[i] = this.get(keys[i]);
    }

    return result
  }

  keys() {
    return Object.keys(this.items)
  }

  set(key, value) {
    // Replace existing item
    const existing = this.items[key];

    if (existing !== undefined) {
      existing.value = value;
      existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl;

      return
    }

    // Add new item
    if (this.max > 0 && this.size >= this.max) {
      this.evict();
    }

    const item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key: key,
      prev: this.last,
      next: null,
      value,
    };
    this.items[key] = item;

    if (++this.size === 1) {
      this.first = item;
    } else {
      this.last.next = item;
    }

    this.last = item;
  }
}/**
 * Creates a zeroed statistics record for a single collection window.
 *
 * @returns {object}
 */
function createEmptyStatisticsRecord() {
  return {
    cacheSize: 0,
    hits: 0,
    falsyHits: 0,
    emptyHits: 0,
    misses: 0,
    expirations: 0,
    evictions: 0,
    invalidateOne: 0,
    invalidateAll: 0,
    sets: 0,
  }
}class HitStatisticsRecord {
  constructor() {
    this.records = {};
  }

  initForCache(cacheId, currentTimeStamp) {
    this.records[cacheId] = {
      [currentTimeStamp]: createEmptyStatisticsRecord(),
    };
  }

  resetForCache(cacheId) {
    if (!this.records[cacheId]) {
      return
    }

    for (let key of Object.keys(this.records[cacheId])) {
      this.records[cacheId][key] = createEmptyStatisticsRecord();
    }
  }

  getStatistics() {
    return this.records
  }
}class LruMap {
  constructor(max = 1000, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs);

    this.first = null;
    this.items = new Map();
    this.last = null;
    this.max = max;
    this.ttl = ttlInMsecs;
  }

  get size() {
    return this.items.size
  }

  bumpLru(item) {
    if (this.last === item) {
      return // Item is already the last one, no need to bump
    }

    const last = this.last;
    const next = item.next;
    const prev = item.prev;

    if (this.first === item) {
      this.first = next;
    }

    item.next = null;
    item.prev = last;
    last.next = item;

    if (prev !== null) {
      prev.next = next;
    }

    /* v8 ignore next 3 -- next is always non-null here: the early return above guarantees item !== this.last in a well-formed list */
    if (next !== null) {
      next.prev = prev;
    }

    this.last = item;
  }

  clear() {
    this.items.clear();
    this.first = null;
    this.last = null;
  }

  delete(key) {
    const item = this.items.get(key);

    if (item !== undefined) {
      this.items.delete(key);

      if (item.prev !== null) {
        item.prev.next = item.next;
      }

      if (item.next !== null) {
        item.next.prev = item.prev;
      }

      if (this.first === item) {
        this.first = item.next;
      }

      if (this.last === item) {
        this.last = item.prev;
      }
    }
  }

  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++) {
      this.delete(keys[i]);
    }
  }

  evict() {
    if (this.size > 0) {
      const item = this.first;

      this.items.delete(item.key);

      if (this.size === 0) {
        this.first = null;
        this.last = null;
      } else {
        this.first = item.next;
        this.first.prev = null;
      }
    }
  }

  expiresAt(key) {
    const item = this.items.get(key);

    if (item !== undefined) {
      return item.expiry
    }
  }

  get(key) {
    const item = this.items.get(key);

    if (item !== undefined) {
      // Item has already expired
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return
      }

      // Item is still fresh
      this.bumpLru(item);
      return item.value
    }
  }

  getMany(keys) {
    const result = new Array(keys.length);

    for (var i = 0; i < keys.length; i++) {
      result[i] = this.get(keys[i]);
    }

    return result
  }

  keys() {
    return this.items.keys()
  }

  set(key, value) {
    // Replace existing item
    const existing = this.items.get(key);

    if (existing !== undefined) {
      existing.value = value;
      existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl;
      this.bumpLru(existing);

      return
    }

    // Add new item
    if (this.max > 0 && this.size >= this.max) {
      this.evict();
    }

    const item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key: key,
      prev: this.last,
      next: null,
      value,
    };
    this.items.set(key, item);

    if (this.size === 1) {
      this.first = item;
    } else {
      this.last.next = item;
    }

    this.last = item;
  }
}class LruObject {
  constructor(max = 1000, ttlInMsecs = 0) {
    validateCacheParams(max, ttlInMsecs);

    this.first = null;
    this.items = Object.create(null);
    this.last = null;
    this.size = 0;
    this.max = max;
    this.ttl = ttlInMsecs;
  }

  bumpLru(item) {
    if (this.last === item) {
      return // Item is already the last one, no need to bump
    }

    const last = this.last;
    const next = item.next;
    const prev = item.prev;

    if (this.first === item) {
      this.first = next;
    }

    item.next = null;
    item.prev = last;
    last.next = item;

    if (prev !== null) {
      prev.next = next;
    }

    /* v8 ignore next 3 -- next is always non-null here: the early return above guarantees item !== this.last in a well-formed list */
    if (next !== null) {
      next.prev = prev;
    }

    this.last = item;
  }

  clear() {
    this.items = Object.create(null);
    this.first = null;
    this.last = null;
    this.size = 0;
  }

  delete(key) {
    const item = this.items[key];

    if (item !== undefined) {
      delete this.items[key];
      this.size--;

      if (item.prev !== null) {
        item.prev.next = item.next;
      }

      if (item.next !== null) {
        item.next.prev = item.prev;
      }

      if (this.first === item) {
        this.first = item.next;
      }

      if (this.last === item) {
        this.last = item.prev;
      }
    }
  }

  deleteMany(keys) {
    for (var i = 0; i < keys.length; i++) {
      this.delete(keys[i]);
    }
  }

  evict() {
    if (this.size > 0) {
      const item = this.first;

      delete this.items[item.key];

      if (--this.size === 0) {
        this.first = null;
        this.last = null;
      } else {
        this.first = item.next;
        this.first.prev = null;
      }
    }
  }

  expiresAt(key) {
    const item = this.items[key];

    if (item !== undefined) {
      return item.expiry
    }
  }

  get(key) {
    const item = this.items[key];

    if (item !== undefined) {
      // Item has already expired
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key);
        return
      }

      // Item is still fresh
      this.bumpLru(item);
      return item.value
    }
  }

  getMany(keys) {
    const result = new Array(keys.length);

    for (var i = 0; i < keys.length; i++) {
      result[i] = this.get(keys[i]);
    }

    return result
  }

  keys() {
    return Object.keys(this.items)
  }

  set(key, value) {
    // Replace existing item
    const existing = this.items[key];

    if (existing !== undefined) {
      existing.value = value;
      existing.expiry = this.ttl > 0 ? Date.now() + this.ttl : this.ttl;
      this.bumpLru(existing);

      return
    }

    // Add new item
    if (this.max > 0 && this.size >= this.max) {
      this.evict();
    }

    const item = {
      expiry: this.ttl > 0 ? Date.now() + this.ttl : this.ttl,
      key: key,
      prev: this.last,
      next: null,
      value,
    };
    this.items[key] = item;

    if (++this.size === 1) {
      this.first = item;
    } else {
      this.last.next = item;
    }

    this.last = item;
  }
}/**
 *
 * @param {Date} date
 * @returns {string}
 */
function getTimestamp(date) {
  return `${date.getFullYear()}-${(date.getMonth() + 1).toString().padStart(2, '0')}-${date
    .getDate()
    .toString()
    .padStart(2, '0')}`
}class HitStatistics {
  constructor(cacheId, statisticTtlInHours, globalStatisticsRecord) {
    this.cacheId = cacheId;
    this.statisticTtlInHours = statisticTtlInHours;

    this.collectionStart = new Date();
    this.currentTimeStamp = getTimestamp(this.collectionStart);
    this.archiveAfter = this.collectionStart.getTime() + this.statisticTtlInHours * 3_600_000;

    this.records = globalStatisticsRecord || new HitStatisticsRecord();
    this.records.initForCache(this.cacheId, this.currentTimeStamp);
  }

  get currentRecord() {
    const cacheRecords = this.records.records[this.cacheId];
    // safety net
    /* c8 ignore next 3 */
    if (!cacheRecords[this.currentTimeStamp]) {
      cacheRecords[this.currentTimeStamp] = createEmptyStatisticsRecord();
    }

    return cacheRecords[this.currentTimeStamp]
  }

  /* v8 ignore next 3 -- kept for compatibility, no longer used internally */
  hoursPassed() {
    return (Date.now() - this.collectionStart) / 1000 / 60 / 60
  }

  addHit() {
    this.archiveIfNeeded();
    this.currentRecord.hits++;
  }
  addFalsyHit() {
    this.archiveIfNeeded();
    this.currentRecord.falsyHits++;
  }

  addEmptyHit() {
    this.archiveIfNeeded();
    this.currentRecord.emptyHits++;
  }

  addMiss() {
    this.archiveIfNeeded();
    this.currentRecord.misses++;
  }

  addEviction() {
    this.archiveIfNeeded();
    this.currentRecord.evictions++;
  }

  setCacheSize(currentSize) {
    this.archiveIfNeeded();
    this.currentRecord.cacheSize = currentSize;
  }

  addExpiration() {
    this.archiveIfNeeded();
    this.currentRecord.expirations++;
  }

  addSet() {
    this.archiveIfNeeded();
    this.currentRecord.sets++;
  }

  addInvalidateOne() {
    this.archiveIfNeeded();
    this.currentRecord.invalidateOne++;
  }

  addInvalidateAll() {
    this.archiveIfNeeded();
    this.currentRecord.invalidateAll++;
  }

  getStatistics() {
    return this.records.getStatistics()
  }

  archiveIfNeeded() {
    if (Date.now() >= this.archiveAfter) {
      this.collectionStart = new Date();
      this.currentTimeStamp = getTimestamp(this.collectionStart);
      this.archiveAfter = this.collectionStart.getTime() + this.statisticTtlInHours * 3_600_000;
      this.records.initForCache(this.cacheId, this.currentTimeStamp);
    }
  }
}class LruObjectHitStatistics extends LruObject {
  constructor(max, ttlInMsecs, cacheId, globalStatisticsRecord, statisticTtlInHours) {
    // Pass through as-is: the base constructor applies the 1000/0 defaults for
    // omitted (undefined) values and validates everything else, so explicit 0
    // stays unlimited and null/NaN are rejected the same way as the base class.
    super(max, ttlInMsecs);

    if (!cacheId) {
      throw new Error('Cache id is mandatory')
    }

    this.hitStatistics = new HitStatistics(
      cacheId,
      statisticTtlInHours !== undefined ? statisticTtlInHours : 24,
      globalStatisticsRecord,
    );
  }

  getStatistics() {
    return this.hitStatistics.getStatistics()
  }

  set(key, value) {
    super.set(key, value);
    this.hitStatistics.addSet();
    this.hitStatistics.setCacheSize(this.size);
  }

  evict() {
    const hadItems = this.size > 0;
    super.evict();
    if (hadItems) {
      this.hitStatistics.addEviction();
    }
    this.hitStatistics.setCacheSize(this.size);
  }

  delete(key, isExpiration = false) {
    const existed = this.items[key] !== undefined;
    super.delete(key);

    if (existed && !isExpiration) {
      this.hitStatistics.addInvalidateOne();
    }
    this.hitStatistics.setCacheSize(this.size);
  }

  clear() {
    super.clear();

    this.hitStatistics.addInvalidateAll();
    this.hitStatistics.setCacheSize(this.size);
  }

  get(key) {
    const item = this.items[key];

    if (item !== undefined) {
      // Item has already expired
      if (this.ttl > 0 && item.expiry <= Date.now()) {
        this.delete(key, true);
        this.hitStatistics.addExpiration();
        return
      }

      // Item is still fresh
      this.bumpLru(item);
      if (!item.value) {
        this.hitStatistics.addFalsyHit();
        // Empty values are a subset of falsy values
        if (item.value === undefined || item.value === null || item.value === '') {
          this.hitStatistics.addEmptyHit();
        }
      }
      this.hitStatistics.addHit();
      return item.value
    }
    this.hitStatistics.addMiss();
  }
}
;// CONCATENATED MODULE: ./node_modules/@octokit/auth-app/dist-node/index.js
// pkg/dist-src/index.js




// pkg/dist-src/get-app-authentication.js

async function getAppAuthentication({
  appId,
  privateKey,
  timeDifference,
  createJwt
}) {
  try {
    if (createJwt) {
      const { jwt, expiresAt } = await createJwt(appId, timeDifference);
      return {
        type: "app",
        token: jwt,
        appId,
        expiresAt
      };
    }
    const authOptions = {
      id: appId,
      privateKey
    };
    if (timeDifference) {
      Object.assign(authOptions, {
        now: Math.floor(Date.now() / 1e3) + timeDifference
      });
    }
    const appAuthentication = await githubAppJwt(authOptions);
    return {
      type: "app",
      token: appAuthentication.token,
      appId: appAuthentication.appId,
      expiresAt: new Date(appAuthentication.expiration * 1e3).toISOString()
    };
  } catch (error) {
    if (privateKey === "-----BEGIN RSA PRIVATE KEY-----") {
      throw new Error(
        "The 'privateKey` option contains only the first line '-----BEGIN RSA PRIVATE KEY-----'. If you are setting it using a `.env` file, make sure it is set on a single line with newlines replaced by '\n'"
      );
    } else {
      throw error;
    }
  }
}

// pkg/dist-src/cache.js

function getCache() {
  return new LruObject(
    // cache max. 15000 tokens, that will use less than 10mb memory
    15e3,
    // Cache for 1 minute less than GitHub expiry
    1e3 * 60 * 59
  );
}
async function get(cache, options) {
  const cacheKey = optionsToCacheKey(options);
  const result = await cache.get(cacheKey);
  if (!result) {
    return;
  }
  const [
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissionsString,
    singleFileName
  ] = result.split("|");
  const permissions = options.permissions || permissionsString.split(/,/).reduce((permissions2, string) => {
    if (/!$/.test(string)) {
      permissions2[string.slice(0, -1)] = "write";
    } else {
      permissions2[string] = "read";
    }
    return permissions2;
  }, {});
  return {
    token,
    createdAt,
    expiresAt,
    permissions,
    repositoryIds: options.repositoryIds,
    repositoryNames: options.repositoryNames,
    singleFileName,
    repositorySelection
  };
}
async function set(cache, options, data) {
  const key = optionsToCacheKey(options);
  const permissionsString = options.permissions ? "" : Object.keys(data.permissions).map(
    (name) => `${name}${data.permissions[name] === "write" ? "!" : ""}`
  ).join(",");
  const value = [
    data.token,
    data.createdAt,
    data.expiresAt,
    data.repositorySelection,
    permissionsString,
    data.singleFileName
  ].join("|");
  await cache.set(key, value);
}
function optionsToCacheKey({
  installationId,
  permissions = {},
  repositoryIds = [],
  repositoryNames = []
}) {
  const permissionsString = Object.keys(permissions).sort().map((name) => permissions[name] === "read" ? name : `${name}!`).join(",");
  const repositoryIdsString = repositoryIds.sort().join(",");
  const repositoryNamesString = repositoryNames.join(",");
  return [
    installationId,
    repositoryIdsString,
    repositoryNamesString,
    permissionsString
  ].filter(Boolean).join("|");
}

// pkg/dist-src/to-token-authentication.js
function toTokenAuthentication({
  installationId,
  token,
  createdAt,
  expiresAt,
  repositorySelection,
  permissions,
  repositoryIds,
  repositoryNames,
  singleFileName
}) {
  return Object.assign(
    {
      type: "token",
      tokenType: "installation",
      token,
      installationId,
      permissions,
      createdAt,
      expiresAt,
      repositorySelection
    },
    repositoryIds ? { repositoryIds } : null,
    repositoryNames ? { repositoryNames } : null,
    singleFileName ? { singleFileName } : null
  );
}

// pkg/dist-src/get-installation-authentication.js
async function getInstallationAuthentication(state, options, customRequest) {
  const installationId = Number(options.installationId || state.installationId);
  if (!installationId) {
    throw new Error(
      "[@octokit/auth-app] installationId option is required for installation authentication."
    );
  }
  if (options.factory) {
    const { type, factory, oauthApp, ...factoryAuthOptions } = {
      ...state,
      ...options
    };
    return factory(factoryAuthOptions);
  }
  const request = customRequest || state.request;
  return getInstallationAuthenticationConcurrently(
    state,
    { ...options, installationId },
    request
  );
}
var pendingPromises = /* @__PURE__ */ new Map();
function getInstallationAuthenticationConcurrently(state, options, request) {
  const cacheKey = optionsToCacheKey(options);
  if (pendingPromises.has(cacheKey)) {
    return pendingPromises.get(cacheKey);
  }
  const promise = getInstallationAuthenticationImpl(
    state,
    options,
    request
  ).finally(() => pendingPromises.delete(cacheKey));
  pendingPromises.set(cacheKey, promise);
  return promise;
}
async function getInstallationAuthenticationImpl(state, options, request) {
  if (!options.refresh) {
    const result = await get(state.cache, options);
    if (result) {
      const {
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2,
        repositorySelection: repositorySelection2
      } = result;
      return toTokenAuthentication({
        installationId: options.installationId,
        token: token2,
        createdAt: createdAt2,
        expiresAt: expiresAt2,
        permissions: permissions2,
        repositorySelection: repositorySelection2,
        repositoryIds: repositoryIds2,
        repositoryNames: repositoryNames2,
        singleFileName: singleFileName2
      });
    }
  }
  const appAuthentication = await getAppAuthentication(state);
  const payload = {
    installation_id: options.installationId,
    mediaType: {
      previews: ["machine-man"]
    },
    headers: {
      authorization: `bearer ${appAuthentication.token}`
    }
  };
  if (options.repositoryIds) {
    Object.assign(payload, { repository_ids: options.repositoryIds });
  }
  if (options.repositoryNames) {
    Object.assign(payload, {
      repositories: options.repositoryNames
    });
  }
  if (options.permissions) {
    Object.assign(payload, { permissions: options.permissions });
  }
  const {
    data: {
      token,
      expires_at: expiresAt,
      repositories,
      permissions: permissionsOptional,
      repository_selection: repositorySelectionOptional,
      single_file: singleFileName
    }
  } = await request(
    "POST /app/installations/{installation_id}/access_tokens",
    payload
  );
  const permissions = permissionsOptional || {};
  const repositorySelection = repositorySelectionOptional || "all";
  const repositoryIds = repositories ? repositories.map((r) => r.id) : void 0;
  const repositoryNames = repositories ? repositories.map((repo) => repo.name) : void 0;
  const createdAt = (/* @__PURE__ */ new Date()).toISOString();
  const cacheOptions = {
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames
  };
  if (singleFileName) {
    Object.assign(payload, { singleFileName });
  }
  await set(state.cache, options, cacheOptions);
  const cacheData = {
    installationId: options.installationId,
    token,
    createdAt,
    expiresAt,
    repositorySelection,
    permissions,
    repositoryIds,
    repositoryNames
  };
  if (singleFileName) {
    Object.assign(cacheData, { singleFileName });
  }
  return toTokenAuthentication(cacheData);
}

// pkg/dist-src/auth.js
async function dist_node_auth(state, authOptions) {
  switch (authOptions.type) {
    case "app":
      return getAppAuthentication(state);
    case "oauth-app":
      return state.oauthApp({ type: "oauth-app" });
    case "installation":
      authOptions;
      return getInstallationAuthentication(state, {
        ...authOptions,
        type: "installation"
      });
    case "oauth-user":
      return state.oauthApp(authOptions);
    default:
      throw new Error(`Invalid auth type: ${authOptions.type}`);
  }
}

// pkg/dist-src/hook.js



// pkg/dist-src/requires-app-auth.js
var PATHS = [
  "/app",
  "/app/hook/config",
  "/app/hook/deliveries",
  "/app/hook/deliveries/{delivery_id}",
  "/app/hook/deliveries/{delivery_id}/attempts",
  "/app/installations",
  "/app/installations/{installation_id}",
  "/app/installations/{installation_id}/access_tokens",
  "/app/installations/{installation_id}/suspended",
  "/app/installation-requests",
  "/marketplace_listing/accounts/{account_id}",
  "/marketplace_listing/plan",
  "/marketplace_listing/plans",
  "/marketplace_listing/plans/{plan_id}/accounts",
  "/marketplace_listing/stubbed/accounts/{account_id}",
  "/marketplace_listing/stubbed/plan",
  "/marketplace_listing/stubbed/plans",
  "/marketplace_listing/stubbed/plans/{plan_id}/accounts",
  "/orgs/{org}/installation",
  "/repos/{owner}/{repo}/installation",
  "/users/{username}/installation",
  "/enterprises/{enterprise}/installation"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (p) => p.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})$`;
  return new RegExp(regex, "i");
}
var REGEX = routeMatcher(PATHS);
function requiresAppAuth(url) {
  return !!url && REGEX.test(url.split("?")[0]);
}

// pkg/dist-src/hook.js
var FIVE_SECONDS_IN_MS = 5 * 1e3;
function isNotTimeSkewError(error) {
  return !(error.message.match(
    /'Expiration time' claim \('exp'\) is too far in the future/
  ) || error.message.match(
    /'Expiration time' claim \('exp'\) must be a numeric value representing the future time at which the assertion expires/
  ) || error.message.match(
    /'Issued at' claim \('iat'\) must be an Integer representing the time that the assertion was issued/
  ));
}
async function dist_node_hook(state, request, route, parameters) {
  const endpoint = request.endpoint.merge(route, parameters);
  const url = endpoint.url;
  if (/\/login\/oauth\/access_token$/.test(url)) {
    return request(endpoint);
  }
  if (requiresAppAuth(url.replace(request.endpoint.DEFAULTS.baseUrl, ""))) {
    const { token: token2 } = await getAppAuthentication(state);
    endpoint.headers.authorization = `bearer ${token2}`;
    let response;
    try {
      response = await request(endpoint);
    } catch (error) {
      if (isNotTimeSkewError(error)) {
        throw error;
      }
      if (typeof error.response.headers.date === "undefined") {
        throw error;
      }
      const diff = Math.floor(
        (Date.parse(error.response.headers.date) - Date.parse((/* @__PURE__ */ new Date()).toString())) / 1e3
      );
      state.log.warn(error.message);
      state.log.warn(
        `[@octokit/auth-app] GitHub API time and system time are different by ${diff} seconds. Retrying request with the difference accounted for.`
      );
      const { token: token3 } = await getAppAuthentication({
        ...state,
        timeDifference: diff
      });
      endpoint.headers.authorization = `bearer ${token3}`;
      return request(endpoint);
    }
    return response;
  }
  if (requiresBasicAuth(url)) {
    const authentication = await state.oauthApp({ type: "oauth-app" });
    endpoint.headers.authorization = authentication.headers.authorization;
    return request(endpoint);
  }
  const { token, createdAt } = await getInstallationAuthentication(
    state,
    // @ts-expect-error TBD
    {},
    request.defaults({ baseUrl: endpoint.baseUrl })
  );
  endpoint.headers.authorization = `token ${token}`;
  return sendRequestWithRetries(
    state,
    request,
    endpoint,
    createdAt
  );
}
async function sendRequestWithRetries(state, request, options, createdAt, retries = 0) {
  const timeSinceTokenCreationInMs = +/* @__PURE__ */ new Date() - +new Date(createdAt);
  try {
    return await request(options);
  } catch (error) {
    if (error.status !== 401) {
      throw error;
    }
    if (timeSinceTokenCreationInMs >= FIVE_SECONDS_IN_MS) {
      if (retries > 0) {
        error.message = `After ${retries} retries within ${timeSinceTokenCreationInMs / 1e3}s of creating the installation access token, the response remains 401. At this point, the cause may be an authentication problem or a system outage. Please check https://www.githubstatus.com for status information`;
      }
      throw error;
    }
    ++retries;
    const awaitTime = retries * 1e3;
    state.log.warn(
      `[@octokit/auth-app] Retrying after 401 response to account for token replication delay (retry: ${retries}, wait: ${awaitTime / 1e3}s)`
    );
    await new Promise((resolve) => setTimeout(resolve, awaitTime));
    return sendRequestWithRetries(state, request, options, createdAt, retries);
  }
}

// pkg/dist-src/version.js
var dist_node_VERSION = "8.3.1";

// pkg/dist-src/index.js

function createAppAuth(options) {
  if (!options.appId) {
    throw new Error("[@octokit/auth-app] appId option is required");
  }
  if (!options.privateKey && !options.createJwt) {
    throw new Error("[@octokit/auth-app] privateKey option is required");
  } else if (options.privateKey && options.createJwt) {
    throw new Error(
      "[@octokit/auth-app] privateKey and createJwt options are mutually exclusive"
    );
  }
  if ("installationId" in options && !options.installationId) {
    throw new Error(
      "[@octokit/auth-app] installationId is set to a falsy value"
    );
  }
  const log = options.log || {};
  if (typeof log.warn !== "function") {
    log.warn = console.warn.bind(console);
  }
  const request = options.request || dist_bundle_request.defaults({
    headers: {
      "user-agent": `octokit-auth-app.js/${dist_node_VERSION} ${getUserAgent()}`
    }
  });
  const state = Object.assign(
    {
      request,
      cache: getCache()
    },
    options,
    options.installationId ? { installationId: Number(options.installationId) } : {},
    {
      log,
      oauthApp: createOAuthAppAuth({
        clientType: "github-app",
        clientId: options.clientId || "",
        clientSecret: options.clientSecret || "",
        request
      })
    }
  );
  return Object.assign(dist_node_auth.bind(null, state), {
    hook: dist_node_hook.bind(null, state)
  });
}

/* v8 ignore next - permissions are optional per OpenAPI spec, but we think that is incorrect -- @preserve */
/* v8 ignore next - repositorySelection are optional per OpenAPI spec, but we think that is incorrect -- @preserve */
/* v8 ignore start - due to skipped tests, see https://github.com/octokit/auth-app.js/pull/580 -- @preserve */
/* v8 ignore end -- @preserve */

;// CONCATENATED MODULE: ./src/relay/github/tokens.ts
// Where the dispatch's token comes from: the configured token, or a GitHub
// App's installation token minted by @octokit/auth-app. A mint is a request to
// GitHub like a dispatch: auth-app is given a `request` whose transport is the
// policy's (github/http.ts through policy.ts), so it waits for the same
// blocked-until and permit, is bounded by the same deadline, and reports to
// the same breaker as the dispatch it is minted for.




/** An installation token this close to expiry is replaced before use. */
const TOKEN_REFRESH_MARGIN_MS = 5 * 60 * 1000;
function createTokenSource(auth, apiUrl) {
    if (auth.kind === 'token')
        return { token: () => auth.token, invalidate: () => { }, mints: false };
    // @octokit/auth-app keeps tokens 59 minutes whatever GitHub says; this cache
    // also honours the expiry GitHub gives, so a shorter-lived token is renewed in time.
    const cached = new Map();
    const fresh = (value) => {
        const expiresAt = value.split('|')[2];
        return expiresAt !== undefined && Date.parse(expiresAt) - Date.now() >= TOKEN_REFRESH_MARGIN_MS;
    };
    const cache = {
        // auth-app reads an empty string as "not cached".
        get: (key) => {
            const value = cached.get(key) ?? '';
            return fresh(value) ? value : '';
        },
        set: (key, value) => void cached.set(key, value)
    };
    const request = dist_bundle_request.defaults({
        baseUrl: apiUrl,
        // Every mint through the policy of the attempt that needs it (http.ts sends its own user-agent, not octokit's).
        request: { fetch: fetchOver(request => currentCall().send(request), apiUrl) }
    });
    const appAuth = createAppAuth({ appId: auth.appId, privateKey: auth.privateKey, installationId: auth.installationId, cache, request });
    return {
        mints: true,
        token: () => {
            const call = currentCall();
            // A fresh token comes from the cache above without a request.
            const minting = appAuth({ type: 'installation' }).then(result => result.token);
            // auth-app shares one mint among concurrent callers: each waits for it no longer than its own deadline.
            return new Promise((resolve, reject) => {
                const onAbort = () => reject(call.signal.reason);
                call.signal.addEventListener('abort', onAbort);
                minting.then(value => {
                    call.signal.removeEventListener('abort', onAbort);
                    // A token that arrives after the deadline (or for an attempt whose deadline had passed) is not used to send.
                    if (call.signal.aborted)
                        onAbort();
                    else
                        resolve(value);
                }, (error) => {
                    call.signal.removeEventListener('abort', onAbort);
                    reject(error);
                });
            });
        },
        invalidate: () => cached.clear()
    };
}

;// CONCATENATED MODULE: ./src/relay/github/dispatcher.ts
// Sends repository dispatches to GitHub, with a token or a GitHub App's
// installation token, through the one resilience policy (policy.ts): retries
// what GitHub asks to be retried within a deadline that stays under Event
// Grid's 30 seconds (and, in storage mode, within the dispatch's lease).






/** Event Grid gives up on a delivery after 30 s; leave room for the answer. */
const DEFAULT_DEADLINE_MS = 25_000;
/**
 * A retry is started only with at least this long left before the deadline
 * (half the deadline, for one shorter than twice this). An attempt cut short
 * by the deadline may still be accepted by GitHub after the relay has
 * answered 503, and the sender's redelivery is then dispatched a second time;
 * its timeout would also hide the last real failure.
 */
const MIN_ATTEMPT_MS = 2_000;
/** GitHub's best practices: at least a second between mutating requests, one at a time. */
const DEFAULT_REQUEST_INTERVAL_MS = 1_000;
/** The policy and the token source of one process: every request to GitHub goes through them. */
function createGitHubPolicy(options) {
    const send = createHttpSend(options.apiUrl);
    const pacer = new budget/* DispatchPacer */.mN(options.store ?? new budget/* MemoryBudgetStore */.wV(options.limits), options.limits, {
        intervalMs: options.intervalMs ?? DEFAULT_REQUEST_INTERVAL_MS
    });
    const policy = new GitHubPolicy({ send, breaker: new CircuitBreaker(), pacer });
    return { policy, tokens: createTokenSource(options.auth, options.apiUrl), send };
}
/** The deadline passed: every wait and request of the dispatch ends with this. */
class DeadlineError extends Error {
}
function createGitHubDispatcher(options) {
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const now = Date.now;
    const { policy, tokens } = options;
    const minRetryDelayMs = options.minRetryDelayMs ?? 500;
    return async (dispatch) => {
        const path = `/repos/${dispatch.target}/dispatches`;
        const body = `{"event_type":${JSON.stringify(dispatch.eventType)},"client_payload":${dispatch.clientPayloadJson}}`;
        const started = now();
        // Time spent waiting in the queue in front of GitHub counts: the sender's patience does not restart.
        const deadlineAt = dispatch.deadlineAt ?? started + deadlineMs;
        const minAttemptMs = Math.min(MIN_ATTEMPT_MS, Math.max(0, deadlineAt - started) / 2);
        // One signal bounds every wait and request of the dispatch: permits, token mints, the dispatch, the pauses between.
        const timeoutMs = Math.max(1, deadlineAt - started);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(new DeadlineError(`no answer from GitHub within the deadline (${timeoutMs} ms)`)), timeoutMs);
        const signal = controller.signal;
        const state = { attempts: 0, last: undefined, notSent: undefined, mintError: undefined, appCredentialsRefused: false };
        let refreshedToken = false;
        try {
            for (let retry = 0;; retry++) {
                if (retry > 0 && deadlineAt - now() < minAttemptMs)
                    break;
                let mintError;
                const attempt = await policy.attempt(signal, deadlineAt - minAttemptMs, async (call) => {
                    let token;
                    try {
                        token = await tokens.token();
                    }
                    catch (error) {
                        // What the mint met (octokit wraps even the policy's refusal), as the policy saw it; auth-app's own error says less.
                        mintError = `minting an installation token: ${call.record.transportError ?? error.message}`;
                        throw error;
                    }
                    await call.send({
                        method: 'POST',
                        path,
                        headers: {
                            accept: 'application/vnd.github+json',
                            authorization: `Bearer ${token}`,
                            'content-type': 'application/json',
                            'x-github-api-version': '2022-11-28'
                        },
                        body
                    });
                });
                const { record } = attempt;
                state.notSent = attempt.notSent;
                state.mintError = mintError;
                if (record.sent > 0) {
                    state.attempts++;
                    state.last = record;
                }
                if (attempt.notSent)
                    break;
                const verdict = record.verdict;
                if (mintError !== undefined && verdict?.kind === 'refused') {
                    // GitHub refusing the App's own credentials (a wrong key, App ID or installation) will not change on a retry.
                    state.appCredentialsRefused = true;
                    break;
                }
                if (mintError === undefined && verdict?.kind === 'accepted')
                    break;
                if (mintError === undefined && verdict?.kind === 'refused') {
                    if (verdict.status === 401 && tokens.mints && !refreshedToken) {
                        // An installation token can be revoked before it expires: mint one more and try again.
                        refreshedToken = true;
                        tokens.invalidate();
                        continue;
                    }
                    break;
                }
                // A rate limit: the next attempt's permit waits for the time GitHub named, or is refused with it.
                if (verdict?.kind === 'limited')
                    continue;
                const backoff = Math.min(8_000, minRetryDelayMs * 2 ** retry * (1 + Math.random()));
                if (now() + backoff + minAttemptMs > deadlineAt)
                    break;
                // Ends before the deadline by the check above: nothing to abort.
                await new Promise(resolve => setTimeout(resolve, backoff));
            }
        }
        finally {
            clearTimeout(timer);
        }
        return resultOf(state, policy);
    };
}
function resultOf(state, policy) {
    const { attempts, last, notSent, mintError } = state;
    const verdict = last?.verdict;
    if (verdict?.kind === 'accepted' && mintError === undefined && notSent === undefined) {
        return { ok: true, status: verdict.status, attempts, retryable: false };
    }
    const status = verdict?.status ?? 0;
    if (state.appCredentialsRefused) {
        return {
            ok: false,
            status,
            attempts,
            retryable: false,
            appCredentialsRefused: true,
            failureReason: `GitHub refused the App's credentials when minting an installation token (HTTP ${status})`
        };
    }
    if (verdict?.kind === 'refused' && mintError === undefined && notSent === undefined)
        return { ok: false, status, attempts, retryable: false };
    // Worth the sender's retry, told when: the breaker's or the budget's time, GitHub's own wait, or what is left of its block.
    const blocked = policy.pacer.secondsBlocked();
    const named = verdict && 'waitSeconds' in verdict ? verdict.waitSeconds : undefined;
    // Otherwise (a 5xx, no answer): when its turn could come again, after those waiting now.
    const retryAfterSeconds = notSent?.retryAfterSeconds ?? (blocked > 0 ? blocked : named) ?? Math.max(1, policy.pacer.secondsUntilTurn(policy.pacer.waiters));
    // The last real failure stays in the log when something was sent before the relay stopped trying.
    const failureReason = mintError ?? last?.transportError ?? (attempts === 0 ? notSent?.message : undefined);
    return {
        ok: false,
        status,
        attempts,
        retryable: true,
        retryAfterSeconds,
        ...(failureReason === undefined ? {} : { failureReason })
    };
}
/** What a sender is told when the queue in front of GitHub is full: come back in a few seconds. */
const QUEUE_FULL_RETRY_AFTER_SECONDS = 5;
/**
 * Bounds what the relay asks of GitHub at once (GitHub allows 100 concurrent
 * requests per token, and a flood of them trips its secondary rate limit) and
 * how much waits: a burst beyond both is answered 503 with Retry-After at
 * once, instead of holding a socket and memory per event until the deadline.
 * A dispatch that waited until too little time was left is not sent either.
 */
function boundDispatcher(dispatcher, bounds) {
    const limit = pLimit(bounds.maxInFlight);
    const deadlineMs = bounds.deadlineMs ?? DEFAULT_DEADLINE_MS;
    const now = bounds.now ?? Date.now;
    const busy = (why) => ({
        ok: false,
        status: 0,
        attempts: 0,
        retryable: true,
        // When its turn could come: after those queued for a permit, at the pacer's pace (constant time whatever the queue).
        retryAfterSeconds: Math.max(QUEUE_FULL_RETRY_AFTER_SECONDS, bounds.pacer?.secondsUntilTurn(bounds.pacer.waiters) ?? 0),
        failureReason: why
    });
    return dispatch => {
        if (limit.activeCount >= bounds.maxInFlight && limit.pendingCount >= bounds.maxQueued) {
            return Promise.resolve(busy(`relay busy: ${bounds.maxInFlight} dispatches in flight and ${bounds.maxQueued} waiting`));
        }
        // A deadline given by the caller (storage mode's lease) is kept when it comes first.
        const deadlineAt = Math.min(now() + deadlineMs, dispatch.deadlineAt ?? Number.POSITIVE_INFINITY);
        // Only a dispatch that had to wait can have waited too long; one with a place at once always goes.
        const waits = limit.activeCount >= bounds.maxInFlight;
        return limit(() => waits && deadlineAt - now() < Math.min(MIN_ATTEMPT_MS, deadlineMs / 2)
            ? busy('relay busy: waited for a place until too little time was left')
            : dispatcher({ ...dispatch, deadlineAt }));
    };
}

;// CONCATENATED MODULE: ./src/relay/app.ts



/**
 * GitHub behind the one resilience policy (breaker, retries, GitHub's
 * "blocked until", the budget, the deadline) and the concurrency bound: one
 * per process. In storage mode the budget and the block are shared by every
 * instance through a table (opened on first use: the Azure SDK costs an
 * in-memory relay nothing).
 */
function createDispatcher(config) {
    const { policy, tokens } = createGitHubPolicy({
        apiUrl: config.apiUrl,
        auth: config.auth,
        limits: config.githubRateLimits,
        intervalMs: config.githubRequestIntervalMs,
        store: config.storage ? sharedStore(config) : undefined
    });
    return boundDispatcher(createGitHubDispatcher({ policy, tokens, deadlineMs: config.deadlineMs }), {
        maxInFlight: config.maxDispatchesInFlight,
        maxQueued: config.maxDispatchesQueued,
        deadlineMs: config.deadlineMs,
        pacer: policy.pacer
    });
}
function sharedStore(config) {
    const storage = config.storage;
    let opening;
    const open = () => {
        opening ??= __nccwpck_require__.e(/* import() */ 178).then(__nccwpck_require__.bind(__nccwpck_require__, 1178)).then(module => module.openAzureBudgetStore(storage, config.githubRateLimits));
        // A failed open is tried again on the next turn.
        opening.catch(() => (opening = undefined));
        return opening;
    };
    return {
        skewMs: budget/* MAX_CLOCK_SKEW_MS */.s9,
        take: async (wanted, clock) => (await open()).take(wanted, clock),
        block: async (until) => (await open()).block(until)
    };
}
/** With an outbox (storage mode), events are stored and acknowledged; without, dispatched before the answer. */
function createRelay(config, outbox, dispatcher = createDispatcher(config)) {
    return new RelayCore({ secret: config.secret, routes: config.routes, eventTypePrefix: config.eventTypePrefix, dispatcher, outbox });
}

// EXTERNAL MODULE: ./src/relay/storage/outbox.ts
var storage_outbox = __nccwpck_require__(9118);
;// CONCATENATED MODULE: ./src/relay/storage/dispatch-worker.ts


/** What a lease keeps for the writes after a dispatch (config.ts requires a lease this much longer than the deadline). */
const LEASE_MARGIN_MS = 2_000;
/**
 * Events GitHub accepted whose row this process could not yet mark, with
 * GitHub's status: when their message comes back here, the row is marked
 * rather than the event sent again. Bounded; another instance cannot know,
 * so marking is also retried while the lease lasts.
 */
const acceptedNotMarked = new Map();
const MAX_ACCEPTED_NOT_MARKED = 10_000;
const rowId = (message) => `${message.target}\n${message.row}`;
/** Marks the row dispatched, trying again while the lease leaves room for a call; remembers it when that fails too. */
async function markDispatched(outbox, record, message, githubStatus, leaseUntil, now) {
    let wait = 200;
    for (;;) {
        try {
            await outbox.markDispatched(record, githubStatus);
            acceptedNotMarked.delete(rowId(message));
            return;
        }
        catch (error) {
            if (now() + wait + outbox.callTimeoutMs >= leaseUntil) {
                if (acceptedNotMarked.size >= MAX_ACCEPTED_NOT_MARKED)
                    acceptedNotMarked.delete(acceptedNotMarked.keys().next().value);
                acceptedNotMarked.set(rowId(message), githubStatus);
                throw error;
            }
            await new Promise(resolve => setTimeout(resolve, wait));
            wait *= 2;
        }
    }
}
/**
 * One message, start to end. Throws when storage fails: the message is then
 * left to come back by itself (its visibility timeout), and the row's lease,
 * if taken, runs out by then.
 */
async function processMessage(outbox, dispatcher, message, actions, settings, now = Date.now) {
    if (!message) {
        // Not written by a relay: nothing to dispatch, and keeping it would only bring it back.
        await actions.done();
        return { message: 'dispatch', outcome: 'unreadable' };
    }
    const record = await outbox.getRecord(message.target, message.row);
    const entry = { message: 'dispatch', outcome: 'no-record', target: message.target, retries: message.retries };
    if (!record) {
        await actions.done();
        return entry;
    }
    entry.eventId = record.eventId;
    entry.eventType = record.eventType;
    if (record.state !== 'pending') {
        // A second message for an event already sent or given up: the claim rule makes it a no-op.
        await actions.done();
        entry.outcome = 'duplicate';
        return entry;
    }
    const accepted = acceptedNotMarked.get(rowId(message));
    if (accepted !== undefined) {
        // Sent by this process already; only its mark failed.
        await markDispatched(outbox, record, message, accepted, now() + settings.leaseMs, now);
        await actions.done();
        entry.outcome = 'dispatched';
        entry.githubStatus = accepted;
        return entry;
    }
    const leaseLeft = record.leaseUntil - now();
    if (leaseLeft > 0) {
        // Another dispatcher holds it: look again once its lease is over.
        entry.outcome = 'held';
        entry.delayMs = leaseLeft + 1000;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    if (now() >= (0,storage_outbox/* expiresAt */.WJ)(record, settings)) {
        const decision = (0,storage_outbox/* tooOld */.Yo)(record.lastError, settings);
        await outbox.poison(record, message, decision.reason);
        await actions.done();
        entry.outcome = 'poisoned';
        entry.reason = decision.reason;
        return entry;
    }
    const claimedAt = now();
    const etag = await outbox.claim(record, settings.leaseMs);
    if (etag === undefined) {
        entry.outcome = 'held';
        entry.delayMs = settings.leaseMs;
        await actions.later(message, entry.delayMs);
        return entry;
    }
    // Every request of the dispatch (its token mint included) ends before the lease, with room left to record the outcome.
    const result = await dispatcher({ ...(0,storage_outbox/* toDispatch */.EM)(record), deadlineAt: claimedAt + settings.leaseMs - LEASE_MARGIN_MS });
    entry.githubStatus = result.status;
    entry.attempts = result.attempts;
    if (result.failureReason !== undefined)
        entry.githubError = result.failureReason;
    const decision = (0,storage_outbox/* afterAttempt */.Gb)(result, record, message.retries, settings, now());
    if (decision.kind === 'dispatched') {
        await markDispatched(outbox, record, message, result.status, claimedAt + settings.leaseMs, now);
        await actions.done();
        entry.outcome = 'dispatched';
    }
    else if (decision.kind === 'retry') {
        await outbox.release(record, etag, result.failureReason ?? `HTTP ${result.status}`);
        // Nothing sent (the breaker, GitHub's block, the budget): not a failure of this event, so its backoff does not grow.
        await actions.later({ ...message, retries: message.retries + (result.attempts > 0 ? 1 : 0) }, decision.delayMs);
        entry.outcome = 'retry';
        entry.delayMs = Math.round(decision.delayMs);
    }
    else {
        await outbox.poison(record, message, decision.reason, decision.githubStatus);
        await actions.done();
        entry.outcome = 'poisoned';
        entry.reason = decision.reason;
    }
    return entry;
}
/**
 * The Node host's dispatcher: polls the queue while it has room, at most
 * maxInFlight messages at once, each invisible to other instances for the
 * lease while it is handled. An idle queue is polled less and less often (up
 * to idleMaxMs), and at once when this process stores an event.
 */
function startQueueDispatcher(outbox, dispatcher, options) {
    const idleMinMs = options.idleMinMs ?? 100;
    const idleMaxMs = options.idleMaxMs ?? 2_000;
    let stopping = false;
    let active = 0;
    let idleMs = idleMinMs;
    let wakeUp;
    const pause = (ms) => new Promise(resolve => {
        const timer = setTimeout(resolve, ms);
        wakeUp = () => {
            clearTimeout(timer);
            resolve();
        };
    }).finally(() => (wakeUp = undefined));
    const handle = async (item) => {
        const actions = {
            done: () => outbox.delete(item),
            later: (message, delayMs) => outbox.defer(item, message, delayMs)
        };
        try {
            options.log(await processMessage(outbox, dispatcher, item.body, actions, options.settings));
        }
        catch (error) {
            options.log({ message: 'dispatch', outcome: 'error', target: item.body?.target, storageError: describeStorageError(error) });
        }
    };
    const loop = (async () => {
        while (!stopping) {
            const room = options.maxInFlight - active;
            if (room <= 0) {
                // A finished message wakes the loop.
                await pause(idleMaxMs);
                continue;
            }
            let items;
            try {
                items = await outbox.receive(room, options.settings.leaseMs);
            }
            catch (error) {
                options.log({ message: 'dispatcher: storage failed', storageError: describeStorageError(error) });
                idleMs = Math.min(idleMs * 2, Math.max(idleMaxMs, 5_000));
                await pause(idleMs);
                continue;
            }
            if (items.length === 0) {
                await pause(idleMs);
                idleMs = Math.min(idleMs * 2, idleMaxMs);
                continue;
            }
            idleMs = idleMinMs;
            for (const item of items) {
                active++;
                void handle(item).finally(() => {
                    active--;
                    wakeUp?.();
                });
            }
        }
    })();
    const sweepEveryMs = options.sweepEveryMs ?? 0;
    const sweeper = sweepEveryMs > 0
        ? setInterval(() => {
            const windowMs = options.duplicateWindowMs ?? options.settings.maxEventAgeMs;
            outbox.sweep(windowMs).then(deleted => deleted > 0 && options.log({ message: 'sweep', deleted }), (error) => options.log({ message: 'sweep: storage failed', storageError: describeStorageError(error) }));
        }, sweepEveryMs).unref()
        : undefined;
    const requeueEveryMs = options.requeueEveryMs ?? options.settings.leaseMs;
    let requeueing = false;
    const requeuer = requeueEveryMs > 0
        ? setInterval(() => {
            if (requeueing)
                return;
            requeueing = true;
            outbox
                .requeueStranded(options.settings.leaseMs)
                .then(requeued => {
                if (requeued > 0) {
                    options.log({ message: 'sweep: stranded events sent again', requeued });
                    idleMs = idleMinMs;
                    wakeUp?.();
                }
            }, (error) => options.log({ message: 'sweep: storage failed', storageError: describeStorageError(error) }))
                .finally(() => (requeueing = false));
        }, requeueEveryMs).unref()
        : undefined;
    return {
        wake: () => {
            idleMs = idleMinMs;
            wakeUp?.();
        },
        stop: async () => {
            stopping = true;
            if (sweeper)
                clearInterval(sweeper);
            if (requeuer)
                clearInterval(requeuer);
            wakeUp?.();
            await loop;
            while (active > 0)
                await new Promise(resolve => setTimeout(resolve, 20));
        }
    };
}

;// CONCATENATED MODULE: ./src/relay/azure-function.ts
// The relay as an Azure Functions (v4 programming model) HTTP trigger; in
// storage mode also a storage queue trigger that dispatches what the HTTP
// trigger stored, and a timer that sweeps the duplicate window.






function createHttpHandler(core, log = line => console.log(line)) {
    return async (request) => {
        const headers = {};
        request.headers.forEach((value, name) => {
            headers[name.toLowerCase()] = value;
        });
        const head = { method: request.method, path: `/${request.params.path ?? ''}`, headers };
        // As the Node host: the headers first, and a body only when they pass, read up to its limit.
        const decided = core.decideOnHead(head);
        if (typeof decided !== 'number')
            return answer(decided, head, log);
        const body = await readBody(request, decided);
        if (body === undefined)
            return answer(bodyTooLarge(decided), head, log);
        const { response, log: line } = await core.handle({ ...head, body }, decided);
        log(JSON.stringify(line));
        return toHttpResponse(response);
    };
}
function answer(response, head, log) {
    log(JSON.stringify({
        method: head.method,
        path: head.path,
        status: response.status,
        durationMs: 0,
        events: [],
        ...(response.logError && { error: response.logError })
    }));
    return toHttpResponse(response);
}
function toHttpResponse(response) {
    return {
        status: response.status,
        headers: { ...(response.body === undefined ? {} : { 'content-type': 'application/json' }), ...response.headers },
        body: response.body === undefined ? undefined : JSON.stringify(response.body)
    };
}
/** The body as text, or undefined as soon as it exceeds `limit`: read chunk by chunk, never whole first. */
async function readBody(request, limit) {
    const stream = request.body;
    if (!stream)
        return '';
    const reader = stream.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel();
            return undefined;
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/**
 * The queue trigger's handler: one outbox message. A retry is a copy of the
 * message sent with its delay (the runtime deletes the original when the
 * handler returns), so that the wait can double and honour Retry-After,
 * which host.json's fixed visibilityTimeout cannot. A throw (storage failing)
 * leaves the message to the runtime: back after visibilityTimeout, and to
 * the poison queue after maxDequeueCount.
 */
function createQueueHandler(outbox, dispatcher, settings, log = line => console.log(line)) {
    return async (queueEntry, context) => {
        const store = await outbox();
        const entry = await processMessage(store, dispatcher, (0,storage_outbox/* decodeMessage */.Y8)(queueEntry), { done: () => Promise.resolve(), later: (message, delayMs) => store.enqueue(message, delayMs) }, settings);
        log(JSON.stringify({ ...entry, invocationId: context.invocationId, dequeueCount: context.triggerMetadata?.dequeueCount }));
    };
}
/** The app setting the queue trigger reads its connection string from: the same one the relay uses. */
const STORAGE_CONNECTION_SETTING = 'RELAY_STORAGE_CONNECTION_STRING';
/** Registers the functions; app settings are the environment, as for the Node server. */
function registerRelayFunction(env = process.env) {
    const config = loadRelayConfig(env);
    const dispatcher = createDispatcher(config);
    const storage = config.storage;
    const outbox = storage ? lazyOutbox(storage) : undefined;
    const handler = createHttpHandler(createRelay(config, outbox && { accept: async (event) => (await outbox()).accept(event) }, dispatcher));
    functions_namespaceObject.app.http('acr-relay', {
        methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
        authLevel: 'anonymous',
        // /api/ for deliveries, /api/healthz for probes.
        route: '{*path}',
        handler
    });
    if (!storage || !outbox)
        return;
    functions_namespaceObject.app.storageQueue('acr-relay-dispatch', {
        queueName: storage.names.queue,
        connection: STORAGE_CONNECTION_SETTING,
        handler: createQueueHandler(outbox, dispatcher, storage)
    });
    functions_namespaceObject.app.timer('acr-relay-sweep', {
        // Every 10 minutes: dispatched rows older than RELAY_MAX_EVENT_AGE leave the duplicate window.
        schedule: '0 */10 * * * *',
        handler: async () => {
            const deleted = await (await outbox()).sweep(storage.maxEventAgeMs);
            if (deleted > 0)
                console.log(JSON.stringify({ message: 'sweep', deleted }));
        }
    });
    functions_namespaceObject.app.timer('acr-relay-requeue', {
        // Every minute: events recorded whose enqueue failed, unclaimed a lease later, get their message.
        schedule: '30 * * * * *',
        handler: async () => {
            const requeued = await (await outbox()).requeueStranded(storage.leaseMs);
            if (requeued > 0)
                console.log(JSON.stringify({ message: 'sweep: stranded events sent again', requeued }));
        }
    });
}
/** The Azure SDKs load on the first use, not when the worker registers its functions. */
function lazyOutbox(storage) {
    let opening;
    return () => {
        opening ??= __nccwpck_require__.e(/* import() */ 715).then(__nccwpck_require__.bind(__nccwpck_require__, 8715)).then(module => module.openAzureOutbox(storage));
        return opening;
    };
}

;// CONCATENATED MODULE: ./src/relay/function-entry.ts

registerRelayFunction();

