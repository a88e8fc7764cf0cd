"""In-page measurements for the keyboard walk: what is focusable, and how visible the focus is."""

from __future__ import annotations

# Marks every element a reader must reach with Tab (data-walk="i", in document
# order) and returns their descriptions. Elements that are not rendered, fully
# transparent, disabled or taken out of the tab order are left out; hidden radio
# inputs of Material's palette group are reached through their visible label.
MARK_FOCUSABLES = """() => {
    const selector = 'a[href], button, input, select, textarea, summary, [tabindex="0"]';
    const marked = [];
    for (const el of document.querySelectorAll(selector)) {
        if (el.disabled || el.tabIndex < 0 || el.closest('[inert]')) continue;
        if (el.type === 'radio' && !el.checked) continue;
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        if (!el.checkVisibility({checkOpacity: true, checkVisibilityCSS: true})) continue;
        el.setAttribute('data-walk', String(marked.length));
        marked.push(describe(el));
    }
    return marked;

    function describe(el) {
        const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
        return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '') + (text ? ` „${text}“` : '');
    }
}"""

# Describes the element that has focus now and measures its focus indicator:
# outline (or, without one, box-shadow) and its contrast against what lies just
# outside it, sampled on all four sides with elementsFromPoint, so that fixed
# elements such as the skip link over the header are judged on what is really
# behind them. Transitions are finished first so the final style is measured.
FOCUS_STATE = """() => {
    for (const animation of document.getAnimations()) {
        if (animation.effect && animation.effect.getComputedTiming().iterations !== Infinity) animation.finish();
    }
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return {atTop: true};
    const host = el.getRootNode().host || el;
    const walk = (el.closest('[data-walk]') || host.closest('[data-walk]') || {}).dataset?.walk;
    const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    const description = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') + (text ? ` „${text}“` : '');
    return {
        atTop: false,
        walk: walk === undefined ? null : Number(walk),
        description,
        isSkipLink: el.matches('.md-skip'),
        indicator: measure(shown(el)),
    };

    // A visually hidden radio (Material's palette group) shows focus on the
    // visible label of its group: only the label of the current palette is shown.
    function shown(el) {
        if (isVisible(el)) return el;
        if (el.type === 'radio' && el.name) {
            const group = [...document.querySelectorAll('input[type=radio]')].filter((radio) => radio.name === el.name);
            const label = group.flatMap((radio) => [...(radio.labels || [])]).find(isVisible);
            if (label) return label;
        }
        return el;
    }
    function isVisible(node) {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && node.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
    }

    function measure(el) {
        const style = getComputedStyle(el);
        let color = null, reach = 0, kind = null;
        const outlineWidth = parseFloat(style.outlineWidth) || 0;
        if (style.outlineStyle !== 'none' && outlineWidth >= 1) {
            kind = 'outline';
            color = parse(style.outlineColor);
            reach = Math.max(0, parseFloat(style.outlineOffset) || 0) + outlineWidth;
        } else if (style.boxShadow && style.boxShadow !== 'none') {
            kind = 'box-shadow';
            const match = style.boxShadow.match(/rgba?\\([^)]*\\)/);
            color = match ? parse(match[0]) : null;
            const numbers = style.boxShadow.replace(/rgba?\\([^)]*\\)/g, '').trim().split(/\\s+/).map(parseFloat);
            reach = Math.max(0, numbers[3] || 0);
        }
        if (!isVisible(el)) return {kind: 'unsichtbares Element', contrast: 0, where: el.tagName.toLowerCase()};
        if (!color || color[3] === 0) return {kind: null, contrast: 0, where: el.tagName.toLowerCase()};
        const box = el.getBoundingClientRect();
        // A ring drawn inside the control (outline-offset of minus its width or
        // more, as in the 48 px header) borders the control's own background:
        // sample just inside the ring instead of outside the box.
        const offset = parseFloat(style.outlineOffset) || 0;
        const inside = kind === 'outline' && offset <= -outlineWidth;
        const d = inside ? offset - 1.5 : reach + 1.5;
        const points = [
            [box.left - d, box.top + box.height / 2], [box.right + d, box.top + box.height / 2],
            [box.left + box.width / 2, box.top - d], [box.left + box.width / 2, box.bottom + d],
        ].filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
        let lowest = Infinity, lowestBackground = null;
        for (const [x, y] of points) {
            const behind = inside
                ? document.elementsFromPoint(x, y)[0]
                : document.elementsFromPoint(x, y).find((other) => other !== el && !el.contains(other));
            const background = behind ? backgroundOf(behind) : [255, 255, 255, 1];
            const ratio = contrast(over(color, background), background);
            if (ratio < lowest) { lowest = ratio; lowestBackground = background; }
        }
        return {kind, contrast: points.length ? lowest : Infinity, color: style.outlineColor, background: lowestBackground, where: el.tagName.toLowerCase()};
    }

    function backgroundOf(el) {
        const layers = [];
        for (let node = el; node && node.nodeType === 1; node = node.parentElement || node.getRootNode().host) {
            const color = parse(getComputedStyle(node).backgroundColor);
            if (color && color[3] > 0) { layers.push(color); if (color[3] >= 1) break; }
        }
        let result = [255, 255, 255, 1];
        for (const layer of layers.reverse()) result = over(layer, result);
        return result;
    }
    function parse(value) {
        const m = value && value.match(/rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:\\s*[,/]\\s*([\\d.]+%?))?/);
        if (!m) return null;
        let alpha = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
        return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
    }
    function over(top, bottom) {
        const a = top[3];
        return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
    }
    function luminance(c) {
        const [r, g, b] = c.slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
    function contrast(a, b) {
        const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
    }
}"""
