#!/usr/bin/env node
// Generates the Pantau state-name gazetteer from public data.
//
//   node tools/gazetteer/generate.mjs        (run from the repository root,
//                                             after `npm ci` in tools/gazetteer)
//
// Writes
//   lexicons/actors/actors.tsv          code  kind  name   (states, organisations, groups, sources)
//   lexicons/<lang>/actors.cldr.tsv     form  code  role   (state names in each of the 18 languages)
//
// Sources (see lexicons/NOTICE.md):
//   cldr-localenames-full  Unicode CLDR territory display names   (Unicode License v3)
//   i18n-iso-countries     alternative country names per language (MIT)
//
// The output is deterministic: running the script twice gives the same bytes.

import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const LEXICONS = join(ROOT, 'lexicons');
const require = createRequire(join(HERE, 'package.json'));

const countries = require('i18n-iso-countries');
const CLDR_VERSION = require('cldr-localenames-full/package.json').version;
const I18N_VERSION = require('i18n-iso-countries/package.json').version;

// ---------------------------------------------------------------------------
// Facts
// ---------------------------------------------------------------------------

// The 193 member states of the United Nations, as ISO 3166-1 alpha-2 codes.
// Source: United Nations, "Member States" (list of the UN Secretariat); the list
// has been unchanged since South Sudan was admitted on 14 July 2011.
const UN_MEMBERS = [
    'AD', 'AE', 'AF', 'AG', 'AL', 'AM', 'AO', 'AR', 'AT', 'AU', 'AZ',
    'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BN', 'BO', 'BR', 'BS', 'BT', 'BW', 'BY', 'BZ',
    'CA', 'CD', 'CF', 'CG', 'CH', 'CI', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CY', 'CZ',
    'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ',
    'EC', 'EE', 'EG', 'ER', 'ES', 'ET',
    'FI', 'FJ', 'FM', 'FR',
    'GA', 'GB', 'GD', 'GE', 'GH', 'GM', 'GN', 'GQ', 'GR', 'GT', 'GW', 'GY',
    'HN', 'HR', 'HT', 'HU',
    'ID', 'IE', 'IL', 'IN', 'IQ', 'IR', 'IS', 'IT',
    'JM', 'JO', 'JP',
    'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KZ',
    'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
    'MA', 'MC', 'MD', 'ME', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MR', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ',
    'NA', 'NE', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NZ',
    'OM',
    'PA', 'PE', 'PG', 'PH', 'PK', 'PL', 'PT', 'PW', 'PY',
    'QA',
    'RO', 'RS', 'RU', 'RW',
    'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SI', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SY', 'SZ',
    'TD', 'TG', 'TH', 'TJ', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TZ',
    'UA', 'UG', 'US', 'UY', 'UZ',
    'VC', 'VE', 'VN', 'VU',
    'WS',
    'YE',
    'ZA', 'ZM', 'ZW',
];

// States Pantau also codes although they are not UN members:
// Palestine and the Holy See (UN observer states), Taiwan, Kosovo.
const OTHER_STATES = ['PS', 'VA', 'TW', 'XK'];

// Kosovo has no ISO 3166-1 code; Pantau uses XKX (as the EU and IMF do).
// i18n-iso-countries would give XKK, so it is overridden here.
const ALPHA3_OVERRIDES = { XK: 'XKX' };

// English names for actors.tsv come from CLDR English (main form). Where the main
// form is not the usual short name, the CLDR alternative named here is used.
const NAME_ALT = {
    MM: 'MM-alt-short', // "Myanmar (Burma)" -> "Myanmar"
    PS: 'PS-alt-short', // "Palestinian Territories" -> "Palestine"
};

const ORGS = [
    ['ASEAN', 'ASEAN'],
    ['AU', 'African Union'],
    ['CSTO', 'Collective Security Treaty Organization'],
    ['EU', 'European Union'],
    ['G7', 'G7'],
    ['NATO', 'NATO'],
    ['SCO', 'Shanghai Cooperation Organisation'],
    ['UN', 'United Nations'],
];
const GROUPS = [
    ['HAM', 'Hamas'],
    ['HEZ', 'Hezbollah'],
    ['HOU', 'Houthis'],
];
const SOURCES = [
    ['EXPERT', 'experts and analysts'],
    ['MEDIA', 'news media'],
];

// Entries of i18n-iso-countries that are wrong and are skipped:
// - Portuguese gives "República Popular do Congo" (the 1970-1991 name of the
//   Republic of the Congo) for CD and "República Democrática do Congo" for CG;
// - Vietnamese gives "Bán đảo Mã Lai" (the Malay Peninsula, which is also part
//   of Thailand and Myanmar) for Malaysia.
const I18N_ERRATA = {
    pt: { CD: ['República Popular do Congo'], CG: ['República Democrática do Congo'] },
    vi: { MY: ['Bán đảo Mã Lai'] },
};

// CLDR territory keys that name an organisation rather than a state.
// Rows for them get role `government` (the role column has a fixed vocabulary).
const CLDR_ORGS = { EU: 'EU', UN: 'UN' };

// Pantau language code -> CLDR locale (i18n-iso-countries uses the Pantau code).
const LANGUAGES = {
    id: 'id', en: 'en', ar: 'ar', ja: 'ja', zh: 'zh', tr: 'tr', pl: 'pl', vi: 'vi', tl: 'fil',
    ms: 'ms', fr: 'fr', es: 'es', de: 'de', ru: 'ru', uk: 'uk', ko: 'ko', it: 'it', pt: 'pt',
};

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // code-point order, locale-independent

function alpha3(a2) {
    const a3 = ALPHA3_OVERRIDES[a2] ?? countries.alpha2ToAlpha3(a2);
    if (!a3) throw new Error(`no alpha-3 code for ${a2}`);
    return a3;
}

function clean(form) {
    return form.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const PAREN = /^(.+?)\s*[(（](.+)[)）]$/u;

// Forms with a comma or parentheses are dropped unless one of these rewrites makes
// them a name as written in running text. Returns the list of forms to keep
// (possibly empty). `a2` is the ISO alpha-2 code of the state.
function rewrite(form, a2, lang) {
    if (!/[,()（）]/u.test(form)) return [form];

    // English "Korea, Republic of" -> "Republic of Korea",
    // "Congo, the Democratic Republic of the" -> "Democratic Republic of the Congo".
    if (lang === 'en') {
        const m = form.match(/^([^,()]+), ((?:[^,()]+ )?of(?: the)?)$/u);
        if (m) return [`${m[2]} ${m[1]}`.replace(/^the /u, '')];
    }
    // German "Syrien, Arabische Republik" -> "Arabische Republik Syrien".
    if (lang === 'de') {
        const m = form.match(/^([^,()]+), ([^,()]*Republik)$/u);
        if (m) return [`${m[2]} ${m[1]}`];
    }

    const p = form.match(PAREN);
    if (p && !/[,()（）]/u.test(p[1] + p[2])) {
        const [, outer, inner] = p;
        // "Myanmar (Burma)", "Holy See (Vatican City State)", "Aotearoa (New Zealand)",
        // "КНДР (Корейская Народно-Демократическая Республика)": both parts are names.
        if (['MM', 'VA', 'NZ', 'KP', 'CN'].includes(a2)) return [outer, inner];
        // The two Congos: "Congo (DRC)" -> "DRC" (the outer "Congo" is what the
        // parentheses disambiguate, so it is not kept); Japanese
        // "コンゴ民主共和国(キンシャサ)" -> the outer name (the inner is the capital);
        // Chinese "刚果（金）" -> "刚果金", as commonly written.
        if (a2 === 'CD' || a2 === 'CG') {
            if (lang === 'zh') return [outer + inner];
            if (lang === 'ja') return [outer];
            return /^\p{Lu}{2,}$/u.test(inner) ? [inner] : [];
        }
    }
    return [];
}

function tsvLine(cols) {
    for (const c of cols) {
        if (c === '' || /[\t\r\n]/u.test(c)) throw new Error(`bad column value: ${JSON.stringify(c)}`);
    }
    return cols.join('\t');
}

function write(path, lines) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, lines.join('\n') + '\n', 'utf8');
    console.log(`wrote ${relative(ROOT, path)}`);
}

function cldrTerritories(locale) {
    const json = require(`cldr-localenames-full/main/${locale}/territories.json`);
    return json.main[locale].localeDisplayNames.territories;
}

// ---------------------------------------------------------------------------
// actors/actors.tsv
// ---------------------------------------------------------------------------

if (new Set(UN_MEMBERS).size !== 193 || UN_MEMBERS.length !== 193) {
    throw new Error(`UN_MEMBERS must list 193 distinct codes, has ${new Set(UN_MEMBERS).size}`);
}
const STATES = [...UN_MEMBERS, ...OTHER_STATES];

const enTerritories = cldrTerritories('en');
const actorRows = [];
for (const a2 of STATES) {
    const name = enTerritories[NAME_ALT[a2] ?? a2];
    if (!name) throw new Error(`CLDR English has no name for ${a2}`);
    actorRows.push([alpha3(a2), 'state', clean(name)]);
}
for (const [code, name] of ORGS) actorRows.push([code, 'org', name]);
for (const [code, name] of GROUPS) actorRows.push([code, 'group', name]);
for (const [code, name] of SOURCES) actorRows.push([code, 'source', name]);
actorRows.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]));

const actorCodes = new Set(actorRows.map((r) => r[0]));
if (actorCodes.size !== actorRows.length) throw new Error('duplicate code in actors.tsv');

write(join(LEXICONS, 'actors', 'actors.tsv'), [
    '# Generated by tools/gazetteer/generate.mjs: do not edit by hand.',
    `# States: the 193 UN member states (list in the script) plus Palestine, the Holy See, Taiwan and Kosovo;`,
    `# ISO 3166-1 alpha-3 codes (Kosovo: XKX) via i18n-iso-countries ${I18N_VERSION} (MIT),`,
    `# English short names from Unicode CLDR, cldr-localenames-full ${CLDR_VERSION} (Unicode License v3).`,
    '# Organisations, groups and sources: written by the Pantau developers. See lexicons/NOTICE.md.',
    '# Regenerate: (cd tools/gazetteer && npm ci) && node tools/gazetteer/generate.mjs',
    tsvLine(['code', 'kind', 'name']),
    ...actorRows.map(tsvLine),
]);

// ---------------------------------------------------------------------------
// <lang>/actors.cldr.tsv
// ---------------------------------------------------------------------------

const i18nLangs = new Set(countries.getSupportedLanguages());
const stateSet = new Set(STATES);
const summary = [];
const dropped = []; // [lang, form, why]

for (const [lang, locale] of Object.entries(LANGUAGES)) {
    const territories = cldrTerritories(locale);
    // candidates in a fixed order: CLDR first (its casing wins), then i18n-iso-countries
    const candidates = []; // [rawForm, a2, role, source]
    for (const key of Object.keys(territories).sort(cmp)) {
        const m = key.match(/^([A-Z]{2})(?:-alt-(?:short|variant))?$/u);
        if (!m) continue;
        const a2 = m[1];
        if (stateSet.has(a2)) candidates.push([territories[key], a2, 'state', 'CLDR']);
        else if (CLDR_ORGS[a2]) candidates.push([territories[key], a2, 'government', 'CLDR']);
    }
    const hasI18n = i18nLangs.has(lang);
    if (hasI18n) {
        const names = countries.getNames(lang, { select: 'all' });
        for (const a2 of Object.keys(names).sort(cmp)) {
            if (!stateSet.has(a2)) continue;
            const errata = I18N_ERRATA[lang]?.[a2] ?? [];
            for (const form of names[a2]) {
                if (errata.includes(form)) {
                    dropped.push([lang, form, `known error in i18n-iso-countries (${alpha3(a2)})`]);
                    continue;
                }
                candidates.push([form, a2, 'state', 'i18n-iso-countries']);
            }
        }
    }

    // key: the form as the matcher sees it (case-insensitive)
    const byKey = new Map(); // key -> { form, codes:Set, role }
    for (const [raw, a2, role, source] of candidates) {
        const code = CLDR_ORGS[a2] ?? alpha3(a2);
        for (const f of rewrite(clean(raw), a2, lang)) {
            const form = clean(f);
            if ([...form].length < 2) {
                dropped.push([lang, form, `shorter than 2 characters (${code}, ${source})`]);
                continue;
            }
            const key = form.toLowerCase();
            const entry = byKey.get(key);
            if (!entry) byKey.set(key, { form, codes: new Set([code]), role });
            else entry.codes.add(code);
        }
        if (rewrite(clean(raw), a2, lang).length === 0) {
            dropped.push([lang, clean(raw), `comma or parentheses (${code}, ${source})`]);
        }
    }

    const rows = [];
    for (const { form, codes, role } of byKey.values()) {
        if (codes.size > 1) {
            console.warn(`warning: ${lang}: "${form}" names ${[...codes].sort(cmp).join(' and ')}; dropped`);
            dropped.push([lang, form, `ambiguous (${[...codes].sort(cmp).join(', ')})`]);
            continue;
        }
        rows.push([form, [...codes][0], role]);
    }
    rows.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]));

    // self-check
    const seen = new Set();
    for (const r of rows) {
        if (r.length !== 3) throw new Error(`${lang}: row without 3 columns`);
        if (!actorCodes.has(r[1])) throw new Error(`${lang}: unknown code ${r[1]}`);
        const k = r[0].toLowerCase();
        if (seen.has(k)) throw new Error(`${lang}: duplicate form ${r[0]}`);
        seen.add(k);
    }
    const covered = new Set(rows.filter((r) => r[2] === 'state').map((r) => r[1]));
    summary.push([lang, locale, covered.size, rows.length, hasI18n]);

    const sources = [
        `#   Unicode CLDR ${CLDR_VERSION} (npm cldr-localenames-full ${CLDR_VERSION}, Unicode License v3),` +
            ` main/${locale}/territories.json, with the -alt-short and -alt-variant forms`,
        hasI18n
            ? `#   i18n-iso-countries ${I18N_VERSION} (npm, MIT, Copyright (c) 2016 widdix GmbH), langs/${lang}.json`
            : `#   (i18n-iso-countries ${I18N_VERSION} has no data for this language)`,
    ];
    write(join(LEXICONS, lang, 'actors.cldr.tsv'), [
        '# Generated by tools/gazetteer/generate.mjs: do not edit by hand (hand-written rows go in actors.tsv).',
        `# State names in ${lang}, from:`,
        ...sources,
        '# EU and UN rows (CLDR territories EU, UN) have role `government`. See lexicons/NOTICE.md.',
        '# Regenerate: (cd tools/gazetteer && npm ci) && node tools/gazetteer/generate.mjs',
        tsvLine(['form', 'code', 'role']),
        ...rows.map(tsvLine),
    ]);
}

for (const [lang, form, why] of dropped.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]))) {
    console.log(`dropped ${lang}: ${form}  [${why}]`);
}
console.log(`\nstates in actors.tsv: ${STATES.length}`);
console.log('lang  locale  states  rows  i18n-iso-countries');
for (const [lang, locale, states, rows, hasI18n] of summary) {
    console.log(`${lang.padEnd(5)} ${locale.padEnd(7)} ${String(states).padStart(6)} ${String(rows).padStart(5)}  ${hasI18n ? 'yes' : 'no'}`);
    if (states !== STATES.length) console.warn(`warning: ${lang}: only ${states} of ${STATES.length} states named`);
}
