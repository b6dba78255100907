// The reader's small browser side: a tooltip for quotations (hover and keyboard focus), scrolling to and flashing a
// quotation, copying a citation. State lives per article element, never in globals.
const attached = new WeakMap();

export function attach(root) {
    if (!root || attached.has(root)) {
        return;
    }

    // One tooltip element for the page, reused when the reader moves to the next article.
    let tip = document.getElementById('reader-tip');
    if (!tip) {
        tip = document.createElement('div');
        tip.className = 'reader-tip';
        tip.id = 'reader-tip';
        tip.setAttribute('role', 'tooltip');
        document.body.appendChild(tip);
    }

    tip.hidden = true;

    const show = (quote, clientY) => {
        tip.textContent = quote.dataset.tip;
        tip.hidden = false;
        const rects = Array.from(quote.getClientRects());
        const rect = rects.find(r => clientY !== undefined && clientY >= r.top && clientY <= r.bottom) ?? rects[0] ?? quote.getBoundingClientRect();
        const width = tip.offsetWidth;
        const left = Math.min(Math.max(8, rect.right - width), window.innerWidth - width - 8);
        tip.style.left = `${left + window.scrollX}px`;
        tip.style.top = `${rect.bottom + window.scrollY + 6}px`;
        quote.setAttribute('aria-describedby', tip.id);
    };
    const hide = () => {
        tip.hidden = true;
    };
    const quoteOf = target => target instanceof Element ? target.closest('[data-tip]') : null;
    const handlers = {
        mouseover: e => { const q = quoteOf(e.target); if (q) { show(q, e.clientY); } },
        mouseout: e => { if (quoteOf(e.target) !== quoteOf(e.relatedTarget)) { hide(); } },
        focusin: e => { const q = quoteOf(e.target); if (q) { show(q); } },
        focusout: hide,
        keydown: e => { if (e.key === 'Escape') { hide(); } },
    };
    for (const [name, handler] of Object.entries(handlers)) {
        root.addEventListener(name, handler);
    }

    attached.set(root, { tip, handlers });

    if (location.hash.startsWith('#q-')) {
        flash(decodeURIComponent(location.hash.slice(1)));
    }
}

export function detach(root) {
    const state = root ? attached.get(root) : undefined;
    if (!state) {
        return;
    }

    for (const [name, handler] of Object.entries(state.handlers)) {
        root.removeEventListener(name, handler);
    }

    state.tip.remove();
    attached.delete(root);
}

export function flash(id) {
    const quote = document.getElementById(id);
    if (!quote) {
        return false;
    }

    quote.scrollIntoView({ block: 'center', behavior: 'smooth' });
    quote.focus({ preventScroll: true });
    quote.classList.remove('hl-flash');
    void quote.offsetWidth; // restart the animation when the same quotation is flashed twice
    quote.classList.add('hl-flash');
    quote.addEventListener('animationend', () => quote.classList.remove('hl-flash'), { once: true });
    return true;
}

export async function copy(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        // Plain http on an intranet host has no clipboard API: fall back to a selected textarea.
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        const ok = document.execCommand('copy');
        area.remove();
        return ok;
    }
}

export function print() {
    window.print();
}
