/**
 * Words too common to say two texts are about the same thing, per language. Listed already folded
 * (lower case, accents removed) because they are compared with folded terms (see terms.ts). Short
 * lists of function words on purpose: they ship in the content script that runs on every page.
 */
import { primaryLanguage } from './text';

const LISTS: Record<string, string> = {
  en:
    'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself new no nor not now of off on once only or other our ours out over own said same says she should so some such than that the their theirs them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours',
  fr:
    'a ai aie aient ainsi alors apres au aucun aupres aussi autre aux avait avant avec avoir c ca ce ceci cela celle celles celui cependant ces cet cette ceux chez comme comment d dans de depuis des deux doit donc dont du elle elles en encore entre est et etaient etait ete etre eu fait faire fois font ici il ils j je jusqu l la le les leur leurs lors lui m ma mais me meme mes moi moins mon n ne ni non nos notre nous on ont ou par parce pas pendant peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans se selon ses si sien son sont sous sur t ta tandis te tes toi ton tous tout toute toutes tres tu un une vers voici voila vos votre vous y',
  de:
    'aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis bist da damit dann das dass dazu dein dem den denn der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch euer fur gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine konnen machen man mehr mein mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sondern sowie uber um und uns unser unter viel vom von vor wahrend war waren was weil weiter welche wenn werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen',
  es:
    'a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estan estar este esto estos fue fueron ha habia han hasta hay la las le les lo los mas me mi mientras muy nada ni no nos nosotros o otra otras otro otros para pero poco por porque que quien se sea segun ser si sido sin sobre son su sus tambien te tiene tienen todo todos tras tu un una uno unos y ya',
  it:
    'a ad agli al alla alle allo anche ancora avere aveva c che chi ci come con contro cui da dal dalla dalle degli dei del della delle dello di dopo dove e ed era erano essere fa fra gli ha hanno ho i il in io la le lei li lo loro lui ma mentre mi molto ne negli nei nel nella nelle nello no noi non nostro o per perche piu poi quale quando quanto quella quelle quelli quello questa queste questi questo se sei senza si sia siamo sono sta su sua sue sui sul sulla suo suoi tra tutti tutto un una uno va vi',
  pt:
    'a ao aos apos as ate com como contra da das de dela dele deles depois do dos e ela elas ele eles em entre era eram essa essas esse esses esta estao estas este estes eu foi foram ha isso isto ja la lhe mais mas me mesmo meu minha muito na nas nao nem no nos nossa nosso num numa o os ou para pela pelas pelo pelos por porque qual quando que quem se sem seu seus sob sobre sua suas tambem te tem tinha toda todas todo todos tu um uma umas uns voce',
  nl:
    'aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen langs maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen tot tussen u uit uw van veel via voor want waren was wat we wel werd wezen wie wij wil worden wordt zal ze zelf zich zij zijn zo zoals zonder zou',
};

const BY_LANGUAGE = new Map(Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(' '))]));
/** For pages that do not say their language: every list at once, since a stop word is noise in any language. */
const ALL = new Set([...BY_LANGUAGE.values()].flatMap((set) => [...set]));

/** The stop words for a BCP 47 tag ("fr-FR" → French); all lists when the language is unknown or unlisted. */
export function stopWordsFor(lang: string | null | undefined): Set<string> {
  return BY_LANGUAGE.get(primaryLanguage(lang)) ?? ALL;
}

export const STOP_WORD_LANGUAGES = [...BY_LANGUAGE.keys()];
