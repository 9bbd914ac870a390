/**
 * What counts as clutter, written once. Each pattern says why it is there.
 * Matching is on class/id tokens (split on spaces, dashes and underscores) so that `ad` matches
 * `ad-slot` but not `header` or `shadow`.
 */
import { INVISIBLE_TEXT_TAGS, classOf, classAndId, comparableText, tagName, textOf } from './dom';

/** Elements that never belong in a story, whatever their class. */
export const NEVER_CONTENT_TAGS = new Set([
  ...INVISIBLE_TEXT_TAGS, 'link', 'meta', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'button', 'select', 'textarea', 'label', 'option', 'dialog', 'nav', 'aside', 'footer',
  'canvas', 'svg', 'math-field', 'base',
]);

/** ARIA roles of page chrome. */
export const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu', 'menubar', 'toolbar',
]);

/** Whole class/id tokens that always name page furniture: ads, sharing, navigation, promos. */
const STRONG_CLUTTER_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adslot', 'breadcrumb', 'breadcrumbs',
  'comment', 'comments', 'commentlist', 'respond', 'cookie', 'cookies', 'consent', 'gdpr', 'masthead',
  'nav', 'navbar', 'navigation', 'newsletter', 'outbrain', 'taboola', 'pagination', 'pager', 'partner', 'partners',
  'promo', 'promotion', 'promoted', 'related', 'recommended', 'recommendations', 'share', 'sharing', 'sharebar',
  'social', 'sponsor', 'sponsored', 'subscribe', 'subscription', 'tags', 'skip', 'discover', 'readalso',
  'readmore', 'signup', 'disqus', 'footer',
]);

/**
 * Tokens that usually name furniture but also appear on story wrappers ("main-widget", "content-sidebar";
 * "paywall-article" is the story behind a paywall, "paywall-prompt" the box asking to subscribe).
 */
const WEAK_CLUTTER_TOKENS = new Set([
  'paywall', 'banner', 'menu', 'popup', 'modal', 'sidebar', 'widget', 'teaser', 'teasers', 'toolbar', 'hidden', 'screen',
  'shoutbox',
]);

/**
 * Class names that, on a paragraph (<p>), mark the story's own text: sites that lock part of a story
 * for subscribers class each locked paragraph "paywall" (Wired, The New Yorker, TechRadar: all in the
 * corpus's truth), while the box asking to subscribe is a <div> or a <section>.
 */
const LOCKED_PARAGRAPH_NAMES = new Set(['paywall']);

/** Readers' comments by name, in the corpus's languages too (Polish "komentarze", Spanish "comentarios", Russian "kommentarii"). */
export const COMMENTS_NAME = /(comment|komentarz|comentari|kommentari)/;

/** Rails and lists of more stories by name: related ones, the most read, recommendation networks'. */
const MORE_STORIES_NAME = /(outbrain|taboola|related|most-?popular|most-?read|meistgelesen|trending)/;

/**
 * Names of what follows a story and may outweigh it: readers' comments, and rails of more stories (a
 * "trending" carousel of twenty teasers under a six-paragraph story; "recommended" too, a token only
 * elsewhere).
 */
export const AFTER_STORY_NAME = new RegExp(`${COMMENTS_NAME.source}|${MORE_STORIES_NAME.source}|recommended`);

/**
 * Compound names written without separators ("relatedposts", "readalso", "socialshare"), comments,
 * lists of the most read stories ("c-article-most-popular", "meistgelesen", "trending"), and posts
 * embedded from social networks (a tweet's blockquote, which the network's script turns into a widget):
 * the corpus's people leave them out of the story's text (70 of the 77 tweets in its truth).
 */
const CLUTTER_SUBSTRINGS = new RegExp(`(advert|sponsor|newsletter|read-?also|lire-?aussi|socialshare|sharebar|breadcrumb|cookie|twitter-tweet|instagram-media|tiktok-embed)|${MORE_STORIES_NAME.source}|${COMMENTS_NAME.source}`);

/**
 * The wrappers of Elementor, WordPress's page builder: every block of a page built with it is a "widget"
 * in a "widget-container", the story's text boxes too (its kind of widget, "elementor-widget-posts" for
 * a grid of teasers, is the telling name).
 */
const PAGE_BUILDER_NAME = /^elementor-widget(-container|-wrap)?$/;

/** Names that mark the story itself: they outweigh the weak tokens. */
const CONTENT_HINTS = /(^|[\s_-])(article|body|content|entry|main|post|story|text|prose|chapo|lead)([\s_-]|$)/;

export function isClutterByName(el: Element): boolean {
  return clutterName(el) !== null;
}

/**
 * Whether an element's id is its heading's words ("sharing-with-a-single-developer" on the section that
 * opens with "Sharing with a single developer"): documentation tools and Markdown give sections such ids
 * as link targets, so they name the story's own subject, not page furniture.
 */
function isHeadingAnchor(el: Element, id: string): boolean {
  const heading = el.firstElementChild;
  if (!heading || !/^h[1-6]$/.test(tagName(heading))) return false;
  return comparableText(textOf(heading)).replace(/ /g, '-') === id.replace(/_/g, '-');
}

/**
 * The class and id that name an element (lower-cased), its id left out when it is its heading's words.
 * `all` is the element's classAndId when the caller has read it already.
 */
function namesOf(el: Element, all = classAndId(el)): string {
  // No dash anywhere, none in the id: it cannot be a heading's words (and the id need not be read again).
  if (!all.includes('-')) return all;
  const id = (el.getAttribute('id') ?? '').toLowerCase();
  return id.includes('-') && isHeadingAnchor(el, id) ? classOf(el).toLowerCase() : all;
}

/**
 * How surely an element's class and id name it clutter: 'strong' (ads, sharing, comments…), 'weak' (a
 * widget, a banner…), or null. `names` is the element's classAndId when the caller has read it already.
 */
export function clutterName(el: Element, names = classAndId(el)): 'strong' | 'weak' | null {
  names = namesOf(el, names);
  if (!names.trim()) return null;
  if (CLUTTER_SUBSTRINGS.test(names)) return 'strong';
  const tokens = names.split(/[\s_-]+/);
  if (tokens.some((token) => STRONG_CLUTTER_TOKENS.has(token))) return 'strong';
  if (CONTENT_HINTS.test(names)) return null;
  const isParagraph = tagName(el) === 'p';
  // Weak words inside a BEM element name ("sidebar-grid__container") or a page builder's wrapper
  // ("elementor-widget-container") name a layout, not a sidebar.
  const weak = names
    .split(/\s+/)
    .filter((name) => !name.includes('__') && !PAGE_BUILDER_NAME.test(name) && !(isParagraph && LOCKED_PARAGRAPH_NAMES.has(name)))
    .some((name) => name.split(/[_-]+/).some((token) => WEAK_CLUTTER_TOKENS.has(token)));
  return weak ? 'weak' : null;
}

/**
 * Short lines that are calls to action, not story text, in the languages of the corpus.
 * Only applied to short blocks (see MAX_BOILERPLATE_CHARS), never to paragraphs of a story.
 */
const BOILERPLATE_TEXT = [
  /\bfollow us\b/i, /\bsuivez[- ]nous\b/i, /\bfolgen sie uns\b/i, /\bsíguenos\b/i, /\bseguici\b/i,
  /^(a|à) lire (aussi|également)\b/i, /^lire aussi\b/i, /^read (also|more)\b/i, /^see also\b/i,
  /^lesen sie auch\b/i, /^leer también\b/i, /^leggi anche\b/i, /^related:/i,
  // The same call in the corpus's other languages (a box of one teaser under it goes with it). The
  // word's end is no letter after it: \b knows only ASCII letters, and never ends "также" or "také".
  /^(lea|lee) también\b/i, /^(leia|veja) também\b/i, /^lees ook\b/i, /^(czytaj|zobacz) (więcej|też|także|również)(?![\p{L}\p{N}])/iu,
  /^(читайте|смотрите) (также|еще|ещё)(?![\p{L}\p{N}])/iu, /^čtěte (také|též|více)(?![\p{L}\p{N}])/iu, /^διαβάστε (επίσης|ακόμη)(?![\p{L}\p{N}])/iu,
  // A label alone on its line over links to other stories (the LA Times' "ALSO").
  /^also:?$/i,
  // A story's note that it goes on past an ad.
  /^\(?story continues below\)?$/i,
  /\bsign up for (our|the) newsletter\b/i, /\bsubscribe to (our|the)\b/i, /\binscrivez-vous\b/i, /\babonnez-vous\b/i,
  /^(publicité|advertisements?|anzeige|publicidad|pubblicità|reklama|\[pr\])\s*:?$/i, /^(partager|share|teilen|compartir)\s*:?$/i,
  // Copyright and reprint notices under a story, in the corpus's languages ("© Getty Images" alone: a
  // caption that opens with its credit goes on to describe the picture).
  /^(photo\s+)?(copyright|Â?©).{0,80}$/i, /\ball rights reserved\b/i, /πνευματικά δικαιώματα/i, /\balle rechte vorbehalten\b/i, /\btous droits réservés\b/i,
  /\btodos los derechos reservados\b/i, /\bwszelkie prawa zastrzeżone\b/i, /все права защищены/i,
  /版权(均)?(属|归|所有)/, /(不得|禁止|严禁|嚴禁)(转载|复制|轉載|複製)/, /不代表.{0,20}(观点|立场)/,
  // A page's own labels left among the story's blocks: a gallery's or a video player's, a comment's
  // report link, the heading over comments or over the latest news (Polish pages of the corpus).
  /^(hide caption|show caption|just watched|must watch|up next|next up|recommended videos?|video duration|photos?:|images?:|\d+ of \d+|report this comment|分享到[:：]?|分享至[:：]?)$/i,
  // A video player's notice for browsers it cannot play in.
  /\b(please enable javascript|a web browser that supports html5 video)\b/i,
  /^(komentarze|ostatnie wiadomości)$/i, /^zapraszamy (też )?do dyskusji\b/i,
  // A "more to read" label, a rating widget's, a comment form's, a block of advertisers' links.
  /^(auch interessant|schon gelesen)[:?]?$/i, /^(recommend this (story|article)|average \(not rated\))$/i, /^оцените,? пожалуйста,? статью/i,
  /^(this field is required|to pole jest wymagane)\b/i, /^σύνδεσμοι διαφημιζομένων$/i,
  /^ссылки по теме:?$/i,
  // A Russian page's note on reporting a typo ("Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter").
  /ошибк.{0,80}ctrl\s*[-+]\s*enter/i,
  // Greek pages' labels over their photo galleries and contact boxes, and an office's contact lines: two
  // addresses or more in one short block ("Απόκτηση παλαιότερων τευχών chrisoulam@… Πληροφορίες για
  // διαφήμιση pzante@…", "Advertising: ads@… Subscriptions: subs@…").
  /^(φωτογραφίες|επικοινωνία)$/i, /[\w.+-]+@[\w-]+\.[\w.-]+\s[\s\S]*[\w.+-]+@[\w-]+\.[\w.-]+/,
  // Chinese pages' disclaimer ("免责声明："), "you are here" trail ("您所在的位置：首页 > …", "当前位置："),
  // font-size control and rating prompt, and their rows of tools: two labels in square brackets or more
  // ("【评论0 查看】 【我要评论】"; one is a paragraph's lead-in, "【《财经》综合报道】") or a tool's own
  // ("【发起话题】", "写进博客", "提问作者", "新闻首页"). The font-size control's sizes ("字号：大 中 小",
  // "字号：T | T") and a reader count ("已有0人阅读") mark the line of tools under a headline, its date
  // and source beside them, wherever they stand in it.
  /^(免责声明|声明|免責聲明|聲明)[:：]/, /^(您|你)(现在|所在)?的位置[:：]/, /^(当前|當前)位置[:：]/, /^【?字[号號][:：]/, /^请您对该文章评分/,
  /字[号號][:：]\s*(大\s*中\s*小|T\s*\|\s*T)/, /已有\s*\d+\s*人(阅读|閱讀)/,
  /^【[^】]{1,10}】(\s*【[^】]{1,10}】)+$/, /^【?(写进博客|提问作者|新闻首页|发起话题|我要评论|打印本页|关闭窗口|返回顶部|推荐给朋友)】?$/,
  // Japanese pages' labels over related keywords and recommendations, their members' sign-in calls and
  // the notes on features for members ("記事に『リアクション』ができます。ご利用には会員登録が必要です。").
  /^(関連キーワード|関連記事|おすすめ情報|おすすめ記事|会員の方はこちら|ログイン|会員登録|カテゴリーをフォローする)$/,
  /(ご利用には会員登録が必要です|会員の方のみご利用いただけます)。?$/,
  // Calls to click and follow, a blog's "posted on" footer, and labels over more stories, as English pages write them.
  /^click here\b/i, /^this entry was posted\b/i, /^follow (me|our)\b/i,
  /^related( posts| stories| articles| subjects| links| news| content)?\s*:?$/i, /^also (on|in)\b.{0,40}$/i, /^more (from|on|about|news|stories)\b.{0,50}$/i,
  // German pages' prompts to rate or share the story, labels over more to read, and a comment box's.
  /^(war (der|dieser) artikel (nützlich|hilfreich)|möchten sie (den|diesen) artikel teilen|hier können sie (den|diesen) artikel bewerten)\b/i,
  /^(mehr zum thema|das (thema|könnte dich auch) (könnte dich auch )?interessieren|zurück zur listenansicht|kommentare (geschlossen|schreiben))\s*:?$/i,
  /^\(?noch keine bewertungen\)?$/i,
  // Calls to get the site's app, edition, channel or letters page, in English and Spanish.
  /^(subscribe now to our|for the latest stories and breaking news updates download|submit your letter to the editor)\b/i,
  /^[¡¿]?(ya sabías que en|mira lo que tiene nuestro canal|hazte miembro)\b/i,
  // A magazine's subscription offer ("Subscribe now and get 1 year of … for ONLY $17.97!", "Act now!",
  // "GIVE A GIFT", "Outside the US? Canada or International").
  /^subscribe (now|today) and (get|save)\b/i, /\b(special offer|act now)\b.{0,30}!$/i, /^give a gift$/i, /^outside the (us|u\.s\.|uk)\?/i,
  // The "you are here" trail in English, German, French and Polish ("You Are Here: Home » Africa » …"), a
  // page's update line ("Page last updated at Monday, January 16, 2012 19:19 PM").
  /^(you are here|sie sind hier|vous êtes ici|jesteś tutaj)\s*:/i, /^page last updated\b/i,
  // Reprint notices in English and sponsored-post labels in German ("*Werbung. Dieser Beitrag enthält Werbung für…").
  /\b(is the copyrighted property of|written permission must be obtained before)\b/i, /^\*?werbung\.? dieser beitrag enthält werbung\b/i,
  // A page's controls and markers left as text: "More below" over an ad, a font-size control ("A A A"),
  // a Greek "View" button, an old script's remains ("'); //-->").
  /^more below$/i, /^a a a$/i, /^προβολή$/i, /^[\s'");]*\/\/\s*-->/,
  // A gallery's controls ("Bild anzeigen Bild schließen", "2 von 17") and a print or e-mail button ("Imprimer cette
  // page", "Print this recipe"), in the corpus's languages.
  /^bild anzeigen( bild schließen)?$/i, /^\d+ (von|sur|de|z|из) \d+$/i, /^(print|drucken|imprimer|imprimir|drukuj|печать|e-?mail)( (this|cette|esta|diese|dieses) (page|article|story|recipe|página|seite|recette|rezept|receta))?$/i,
  // A post's filing line under the story ("Kategorie: News", "Filed under …", "Tags: …"), its comment count
  // and its permalink.
  /^((categor(y|ies)|tags?|tagged|kategorien?|schlagw(ö|oe)rter|schlagworte|catégories?|étiquettes|etiquetas|categorías?)\s*:|filed under\b|posted in\b)/i,
  /^(kommentare( insgesamt)?|comments?|komentarze|commentaires)\s*:?\s*\(?\d+\)?$/i, /^\d+\s+(comments?|kommentare|komentarz[ey]?|commentaires?)$/i,
  /^perma(lien|link)\b.{0,100}$/i,
  // A tabloid's call for tips ("Get in touch with our news team by emailing us at webnews@…"), a note that
  // a breaking story will grow, a reading-time label, a video player's loading label, and a notice to
  // readers blocking scripts.
  /^([^.!?]{0,80}\?\s*)?get in touch\b.{0,60}@[\w.-]+\.\w+/i, /^this is a breaking( news?)? story\b.{0,40}$/i,
  /^(lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*\d+\s*(min|minuten|minutes?|minuti|minutos)\.?$/i,
  /^video loading$/i, /^bitte aktivieren sie javascript\b/i,
  // A picture's controls ("toggle caption", "Click photo to enlarge") and a story's tools as old pages
  // wrote them ("Email to a friend Printer friendly", "Send this article: Print Email", "Font size: + -",
  // a text size's "Decrease Increase").
  /^(toggle caption|view larger image|click (photo|image|picture) to enlarge|enlarge (this )?(photo|image|picture))$/i,
  /^(e-?mail (this|to a friend)|printer[- ]friendly|send this (article|story)\b)(?!.*[.!?]\s).{0,60}$/i,
  /^(font|font size|text size)\s*:?\s*[-+–aA ]*$/i, /^((font|font size|text size)\s*:?\s*)?(decrease|increase|smaller|larger) (decrease|increase|smaller|larger)$/i,
];

/**
 * A test of a text against a list of patterns: whether any matches. The patterns are joined into one
 * alternation for each set of flags, the anchored ones (^…) apart so that the engine tries those at
 * the text's start only; each pattern is wrapped in a group of its own and keeps its meaning. A hundred
 * runs of a regex became five: 2.5 → 1.1 µs a text over the 67,801 short texts that 344 corpus pages
 * had judged (a twentieth of extract's time went here). Patterns with backreferences (renumbered by
 * the join) and stateful ones (g, y: lastIndex) are kept apart.
 */
export function matchingAny(patterns: RegExp[]): (text: string) => boolean {
  const groups = new Map<string, RegExp[]>();
  const apart: RegExp[] = [];
  for (const pattern of patterns) {
    if (pattern.global || pattern.sticky || /\\[1-9]|\\k</.test(pattern.source)) {
      apart.push(pattern);
      continue;
    }
    const key = `${pattern.flags} ${pattern.source.startsWith('^')}`;
    const group = groups.get(key);
    if (group) group.push(pattern);
    else groups.set(key, [pattern]);
  }
  const joined = [...groups.values()].map((group) =>
    group.length === 1 ? group[0]! : new RegExp(group.map((pattern) => `(?:${pattern.source})`).join('|'), group[0]!.flags),
  );
  const tests = [...joined, ...apart];
  return (text) => tests.some((pattern) => pattern.test(text));
}

/** Whether a short block's text (or a loose link's) is one of BOILERPLATE_TEXT's calls and labels. */
export const isBoilerplateText = matchingAny(BOILERPLATE_TEXT);

/**
 * A picture agency's credit alone on a line ("Getty Images", "Photo: AFP", "Reuters/kra") or a labelled
 * one, left where a caption was: removed only from blocks holding no picture (a figure keeps its image
 * and its credit), and never as an inline word ("EPA" in "EPA and DHA acids", a credit's <span> in a
 * caption).
 */
export const CREDIT_LINE = new RegExp(
  [
    /^(photo:?\s*)?(getty images|afp|reuters|ap|epa|dpa|shutterstock)(\s*(\/|via)\s*[\p{L}\p{N} .]+)?$/u.source,
    // ...or a credit as sites label it ("Image Credits: UiPath", "Crédits photos : Bestimage", "Beitragsbild:
    // Titelseite der FAZ", "Foto: Urs Flueeler (Keystone)"): a label and a name, no sentence.
    /^((image|photo|picture) credits?|crédits? (photos?|images?)|créditos? (fotos?|imagen(es)?)|bildnachweis(e)?|fotonachweis(e)?|beitragsbild|titelbild)\s*:.{0,60}$/.source,
    /^(foto|photo|bild|image)\s*:\s*[^.!?]{0,50}$/.source,
    // ...or such a credit in parentheses, alone where its caption was ("(crédito: Minervino Júnior/CB/D.A.Press)").
    /^\((foto|photo|bild|image|crédito|credito|credit|quelle|source)\s*:\s*[^()]{0,60}\)$/.source,
  ].join('|'),
  'iu',
);

/**
 * A gallery's captions listed apart from its pictures ("legends": one per slide). Inside a story they are
 * a slideshow's text, not the story's, however long (fifty slides of business news under a hotel story):
 * no share of the page's text makes them the story. Readability removes them by the same name.
 */
const GALLERY_CAPTIONS_TOKEN = 'legends';
const GALLERY_CAPTIONS_NAME = new RegExp(`(^|[\\s_-])${GALLERY_CAPTIONS_TOKEN}([\\s_-]|$)`);

/** Whether class and id names (classAndId's) name a gallery's captions. */
export function namesGalleryCaptions(names: string): boolean {
  return GALLERY_CAPTIONS_NAME.test(names);
}

/** A gallery's, slideshow's or carousel's class name (or its captions'). */
const GALLERY_NAME = new RegExp(`(^|[\\s_-])(gallery|slideshow|carousel|${GALLERY_CAPTIONS_TOKEN})([\\s_-]|$)`);

/**
 * A gallery, a slideshow or a carousel: its text is its slides' captions. Not a block named for the
 * story's own text ("gallery-body", the text of a gallery post), and not by a script's hook ("js-lightbox-
 * gallery" on a box of text and a picture that opens larger).
 */
export function isGallery(el: Element): boolean {
  const names = classAndId(el);
  if (!GALLERY_NAME.test(names) || CONTENT_HINTS.test(names)) return false;
  for (const name of names.split(/\s+/)) if (!name.startsWith('js') && GALLERY_NAME.test(name)) return true;
  return false;
}

/** Names of the byline and dateline blocks that the reader shows in its own header instead ("storybyline" too). */
export const BYLINE_NAMES = /(^|[\s_-])([a-z]*bylines?|author|authors|author-name|dateline|timestamp|pubdate|published|publish-date|post-date|entry-date|article-date|updated|posted-on|meta-info|article-meta|entry-meta|post-meta|reading-time)([\s_-]|$)/;
/** Byline and dateline wording, for blocks with no telling name. Only short blocks are tested. */
const BYLINE_TEXT = [
  // The label as written at the start of a line, capitalised or not ("By Jayna Davis", "by IANS,"); names in capitals.
  // The name may be followed by a dash and the writer's title ("By AHMED MOHAMED - Associated Press Writer --").
  /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Pp]rzez)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(,|\||•|·|\s[-–—]\s|$)/u,
  // A wire writer's title on a line of its own, the name in a link or a line above ("Associated Press Writer").
  /^(associated press|ap|reuters) (staff )?(writer|correspondent)s?$/i,
  /^(published|updated|last updated|publiziert|aktualisiert|veröffentlicht|publié le|mis à jour|publicado|actualizado|pubblicato|aggiornato)\b/i,
  // The source line of an agency story ("Πηγή: Express.gr 03/11/11-10:52"): the reader's header names the site.
  /^(source|quelle|źródło|источник|fuente|fonte|πηγή)\s*:/i, /^[（(]?(本文)?来源[:：]/,
  // The editor's line under a Chinese story ("编辑：傅大伟", "責任編輯：", in brackets "【责任编辑：王婧】",
  // "[责任编辑：robot] 标签：…", "（責任編輯 余淩雲）").
  /^[\[【（(]?((责任)?编辑|(責任)?編輯)[:：]|^[\[【（(](责任编辑|責任編輯)\s/,
  // The publisher's line over it ("发布者：李宝花 时间：2012-01-12 15:34:35 来源：解放牛网").
  /^(发布者|發布者)[:：]/,
];

/** Whether a line's text is a byline or a source line as BYLINE_TEXT writes them. */
export const isBylineText = matchingAny(BYLINE_TEXT);
/** Byline and dateline blocks are short; a longer block with such a name is a container. */
export const MAX_BYLINE_CHARS = 160;

/**
 * The placeholder a page shows where an embedded post, video or chart waits for the reader's consent
 * (German sites ask for it by law: "Empfohlener redaktioneller Inhalt… Ich bin damit einverstanden…",
 * Datawrapper's "Erst wenn Sie hier klicken…"; the BBC's "Allow Twitter content?"). The embed itself
 * never loads in the reader, so its placeholder is a page's leftover.
 */
const EMBED_CONSENT_NOTICE = [
  /^empfohlener redaktioneller inhalt$/i, /^ein klick für den datenschutz$/i,
  /^an dieser stelle finde(n sie|st du) .{0,80}externen inhalt/i,
  /^ich bin damit einverstanden, dass mir (der externe inhalt|externe inhalte|inhalte von)/i,
  /^personenbezogene daten können an drittplattformen übermittelt werden/i,
  /^um eingebettete inhalte anzuzeigen\b/i, /\bleider haben sie uns hierfür keine zustimmung gegeben\b/i,
  /\berst wenn sie hier klicken, werden die (grafiken|inhalte)\b/i,
  /^allow (twitter|x|instagram|youtube|tiktok|facebook|spotify) content\?$/i, /\bwe ask for your permission before anything is loaded\b/i,
];

export const isEmbedConsentNotice = matchingAny(EMBED_CONSENT_NOTICE);

/**
 * A publisher's appeal for readers' support under the story ("Hat Ihnen dieser Artikel gefallen? Dann
 * unterstützen Sie uns…", "Wesprzyj nas darowizną", "All purchases support our journalism"): the same on
 * every story, about the site, not the story.
 */
const SUPPORT_APPEAL = [
  /^(hat (ihnen|dir) (dieser|der|unser) (artikel|beitrag|text) gefallen\?|wenn (ihnen|dir) (dieser|der|unser) (artikel|beitrag|text) gefallen hat)(?=.*(unterstütz|spende|supporter|mitglied))/i,
  /^diesen (artikel|beitrag) konnten sie kostenlos lesen\b/i, /^spenden (könnt ihr|können sie)\b/i,
  /\bwesprzyj nas\b/i,
  /\b(all purchases|your (support|contributions?|donations?)) (support|helps?|keeps?) (our|independent) journalism\b/i,
];

export const isSupportAppeal = matchingAny(SUPPORT_APPEAL);

/**
 * A paywall's notice where the story is cut ("Il vous reste 57% de cet article à lire. La suite est
 * réservée aux abonnés.", "この記事は会員限定です。", "Subscribe to continue reading"), with the box of
 * buttons and offers it opens: what the reader has is the story so far. Also the wall's notice to
 * readers blocking ads ("Ad block users: Some site features may not work…").
 */
const PAYWALL_NOTICE = [
  /^il vous reste \d+([.,]\d+)?\s?% de (cet|l['’]) ?article à lire\b/i, /^la suite est réservée aux abonnés\b/i,
  /^(［有料会員限定］\s*)?この記事は(有料)?会員限定(記事)?です/,
  /^(this (article|story) is (only )?(for|available to) (paid )?(subscribers|members)( only)?|subscribe (now )?to (continue|keep) reading|to (continue|keep) reading,? (please )?(subscribe|log in|sign in))\b/i,
  /^(dieser (artikel|beitrag) ist (nur )?für abonnenten|(jetzt )?weiterlesen mit (abo|plus)\b)/i,
  /^ad ?block(er)? users\b/i,
];

export const isPaywallNotice = matchingAny(PAYWALL_NOTICE);

/** A consent placeholder runs longer than a call to action (Die Welt's explains the law in 760 characters); a story's block this long is judged by its words only for such a notice. */
export const MAX_CONSENT_NOTICE_CHARS = 1000;

/** A block longer than this is story text even if it mentions following or sharing. */
export const MAX_BOILERPLATE_CHARS = 200;
