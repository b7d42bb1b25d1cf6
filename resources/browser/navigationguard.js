// Injected by BrowserWidget into the authorizing page (main frame only, main world), before
// the page's own scripts. Chromium fires the Navigation API's `navigate` event on this
// window for every navigation of it that a document of the same origin starts (this page
// or a same-origin frame), synchronously, before the browser hears of the navigation.
// This script says who started it, on the console, with a per-page secret the page's
// frames cannot know:
//   "<nonce> page <url>"   the page's own code, or the user in the page
//   "<nonce> other <url>"  code of another window (a frame) was running, or the user
//                          acted inside a frame
//   "<nonce> document <url>"  first thing in each new document: the navigation committed
// A navigation of the page that gets no report was started by a document of another
// origin (a cross-origin frame, another window). A same-origin frame that has the page's
// own code navigate later (the page's setTimeout, eval of a string) looks like the page:
// in the browser's security model a frame of the same origin has the page's rights.
(function () {
    'use strict';
    const nonce = '@NONCE@';
    const report = console.debug.bind(console);
    // First thing in each new document: the navigation that made it has committed.
    report(nonce + ' document ' + document.URL);

    const hostWindow = window;
    const hostDocument = document;
    const HostError = Error;
    const apply = Reflect.apply;
    const isPrototypeOf = Object.prototype.isPrototypeOf;
    const FunctionPrototype = Function.prototype;
    const getter = function (prototype, name) {
        return Object.getOwnPropertyDescriptor(prototype, name).get;
    };
    const destinationOf = getter(NavigateEvent.prototype, 'destination');
    const urlOf = getter(NavigationDestination.prototype, 'url');
    const userInitiatedOf = getter(NavigateEvent.prototype, 'userInitiated');
    const activeElementOf = getter(Document.prototype, 'activeElement');
    const tagNameOf = getter(Element.prototype, 'tagName');
    const frameTags = new Set(['IFRAME', 'FRAME', 'OBJECT', 'EMBED']);

    // The addresses of the documents in the frames this page can reach (the same-origin
    // ones: the others cannot run code here) and of the scripts they loaded, less the
    // page's own.
    function frameAddresses() {
        const own = new Set([hostDocument.URL]);
        for (const script of hostDocument.scripts) {
            if (script.src)
                own.add(script.src);
        }
        const found = new Set();
        const walk = function (win) {
            for (let i = 0; i < win.length; ++i) {
                let frame;
                try {
                    frame = win[i];
                    found.add(frame.document.URL);
                    for (const script of frame.document.scripts) {
                        if (script.src)
                            found.add(script.src);
                    }
                } catch (e) {
                    continue;
                }
                walk(frame);
            }
        };
        walk(hostWindow);
        for (const address of own)
            found.delete(address);
        return found;
    }

    function callSites() {
        const savedPrepare = HostError.prepareStackTrace;
        const savedLimit = HostError.stackTraceLimit;
        HostError.prepareStackTrace = function (error, sites) { return sites; };
        HostError.stackTraceLimit = Infinity;
        try {
            return new HostError().stack;
        } finally {
            HostError.prepareStackTrace = savedPrepare;
            HostError.stackTraceLimit = savedLimit;
        }
    }

    // True when code of another window is on the stack: a function of another realm, code
    // run on another window's behalf, or a script of a frame's document.
    function startedElsewhere() {
        const sites = callSites();
        if (!Array.isArray(sites) || sites.length === 0)
            return true;  // the page changed how stacks are built: trust nothing
        const ownFile = sites[0].getFileName();
        let frames = null;
        for (const site of sites) {
            const file = site.getFileName();
            if (file === ownFile)
                continue;
            const fn = site.getFunction();  // undefined for strict-mode code
            if (fn !== undefined && !apply(isPrototypeOf, FunctionPrototype, [fn]))
                return true;
            const self = site.getThis();  // undefined for strict-mode code
            if (self !== undefined && self !== null && self !== hostWindow && typeof self === 'object'
                && self.window === self)
                return true;
            if (file) {
                if (frames === null)
                    frames = frameAddresses();
                if (frames.has(file))
                    return true;
            }
        }
        return false;
    }

    function onNavigate(event) {
        let verdict = 'page';
        let address = '';
        try {
            address = apply(urlOf, apply(destinationOf, event, []), []);
            if (startedElsewhere()) {
                verdict = 'other';
            } else if (apply(userInitiatedOf, event, [])) {
                // A link or a button clicked inside a frame leaves the focus on the frame.
                const active = apply(activeElementOf, hostDocument, []);
                if (active && frameTags.has(apply(tagNameOf, active, [])))
                    verdict = 'other';
            }
        } catch (e) {
            verdict = 'other';
        }
        report(nonce + ' ' + verdict + ' ' + address);
    }

    navigation.addEventListener('navigate', onNavigate);
})();
