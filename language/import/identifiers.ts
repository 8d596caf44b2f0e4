/** Identifiers for the parties an import names: short, readable, never a keyword of the language, never repeated. */

const KEYWORDS = new Set(('access acknowledgment action address after agent agents all amendments and any as at authorizations by called capacities choice '
    + 'compensation completion comply conformed corporation county court date dated dates days death decisions default define defined delivered '
    + 'determined durable edgar ends entity executed expressly fiduciary file for general grant hand he healthcare holdings immediately in '
    + 'incapacity including indemnification individual instrument issuer it jointly jurisdiction kind layout legal limitation limited longer '
    + 'majority months no none not notary nothing numbered of office on organized other parameter partnership person physician plain poa '
    + 'power powers principal prior pronoun prose purpose ratification reasonable relating reliance resubstitution revocation revoked revoking '
    + 'role sales section16 securities severally she signature signed starts subject subjects substitution successors supersedes template term '
    + 'testimonium text them they title to trust under undersigned voice when with witnesses worded years sec act1934 act1933').split(' '));

const SUFFIXES = /^(inc|llc|lp|llp|ltd|corp|co|jr|sr|ii|iii|iv|the|plc|na|pc)$/i;

export function identifierFor(name: string, used: ReadonlySet<string>): string {
    const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter((w) => w && !SUFFIXES.test(w));
    // A person is known by the last name, an organization by its first word.
    const upper = name === name.toUpperCase();
    const person = !upper && words.length >= 2 && words.length <= 5 && !/\b(Inc|LLC|L\.P\.|Corp|Company|Trust|Fund|Bank|Partners|Holdings|Group)\b/i.test(name);
    let base = ((person ? words[words.length - 1] : words[0]) ?? 'party').toLowerCase();
    if (!/^[a-z_]/.test(base)) base = `p${base}`;
    let id = base;
    for (let n = 2; used.has(id) || KEYWORDS.has(id); n++) id = `${base}${n}`;
    return id;
}
