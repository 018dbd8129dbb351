export const id = 372;
export const ids = [372];
export const modules = {

/***/ 4372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSemverRange: () => (/* binding */ parseSemverRange)
/* harmony export */ });
/* harmony import */ var semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6782);
/* harmony import */ var semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6353);
/* harmony import */ var semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
// The `semver` filter's range, in npm's syntax. A lazy chunk of its own:
// loading semver costs more than the rest of the filters together (26 million
// instructions against picomatch's 13, measured with callgrind), so a gate
// on tags alone does not pay for it.



function parseSemverRange(text) {
    let range;
    try {
        range = new (semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default())(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('semver', `"${text}" is not a valid semver range; use npm's syntax, e.g. ">=1.2.0 <2", "^3" or "~1.4"`);
    }
    return {
        raw: range.raw,
        refusal: tag => {
            // One optional "v", then the version itself: semver's parser would take a second "v" too.
            const version = /^v?\d/.test(tag) ? semver_functions_parse_js__WEBPACK_IMPORTED_MODULE_1___default()(tag.replace(/^v/, '')) : null;
            if (!version)
                return 'not-semver';
            if (range.test(version))
                return undefined;
            const prereleaseOnly = version.prerelease.length > 0 && new (semver_classes_range_js__WEBPACK_IMPORTED_MODULE_0___default())(range.raw, { includePrerelease: true }).test(version);
            return prereleaseOnly ? 'prerelease-outside' : 'outside';
        }
    };
}


/***/ })

};
