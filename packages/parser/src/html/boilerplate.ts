import { isCreditLine } from "../credits.ts";
import { parsePublicationDate } from "../dates.ts";
import type { TextBlock } from "./content-blocks.ts";

const ADVERT_LABEL =
  /^(?:advertisement|advertising|advert|sponsored( content)?|anzeige|werbung|publicidade|publicidad|publicité|pubblicità|реклама|광고|広告|iklan|scroll to continue with content|continue reading( below)?)$/iu;
const CALL_TO_ACTION =
  /^(?:read more|read also|also read|read next|more from|more on this|see also|related( articles?| stories| coverage| content)?|recommended|watch|listen|click here|sign up|subscribe|follow us|follow (?:him|her|them|@)|share (?:this|on)|download (?:the|our)|get (?:the|our) (?:app|newsletter)|join (?:us|our)|like us|leia (?:também|mais)|veja também|lesen sie auch|mehr zum thema|читайте также|baca juga|leggi anche|lire aussi|you may also like|you might also like|more stories|loading\b|highlights$|comments?$)/iu;
const COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4})|\ball rights reserved\b/iu;
const BYLINE_LABEL = /^(?:by|von|por|par|di|door|oleh|av|автор:?)\s+/iu;
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]i|[Dd]oor|[Oo]leh|[Aa]v|[Аа]втор:?)\s+\p{Lu}/u;
const WIRE_CREDITS = /^[([]?(?:additional )?(?:reporting|writing|editing|edited|compiled|translated)(?: and \w+)? by\b/iu;
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|article|story))\b[^.]*\.?$/iu;
const UPDATED_LINE = /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publicado|atualizado|publié|mis à jour|pubblicato|diterbitkan)\b/iu;

/** True for a text block that is page furniture rather than article text. */
export function isBoilerplateBlock(block: TextBlock): boolean {
  const text = block.text;
  const length = text.length;
  if (ADVERT_LABEL.test(text)) return true;
  if (length < 200 && CALL_TO_ACTION.test(text)) return true;
  if (length < 300 && COPYRIGHT.test(text)) return true;
  if (length < 160 && isCreditLine(text)) return true;
  const letters = text.replace(/[\s\p{P}]/gu, "").length;
  if (letters > 0 && block.linkChars / letters > 0.6 && (length < 300 || block.kind === "item")) return true;
  return false;
}

/** A credit line for the reporting: "(Reporting by X; editing by Y)", "Z contributed reporting from Paris." */
export function isContributorLine(block: TextBlock): boolean {
  return block.text.length < 400 && (WIRE_CREDITS.test(block.text) || CONTRIBUTED.test(block.text));
}

/** A short line naming the author(s): "By Jane Doe and John Roe" (maybe with a date). */
export function isBylineBlock(block: TextBlock): boolean {
  return block.text.length < 120 && BYLINE.test(block.text) && !/[.!?]["”]?$/.test(block.text);
}

/** A short line that is only a publication/update date, possibly labelled. */
export function isDateLineBlock(block: TextBlock): boolean {
  const text = block.text;
  if (text.length > 80) return false;
  if (!parsePublicationDate(text)) return false;
  const rest = text
    .replace(UPDATED_LINE, "")
    .replace(/\d+/g, "")
    .replace(/[\s\p{P}]/gu, " ")
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  return rest.length <= 6;
}

/** Names from a byline: "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. */
export function bylineNames(text: string): string[] {
  const body = text
    .replace(BYLINE_LABEL, "")
    .replace(/\s*[|•·—–-]\s.*$/u, "")
    .replace(/\s*\b(?:updated|published|posted)\b.*$/iu, "");
  return body
    .split(/\s*(?:,|;|\band\b|\bund\b|\be\b|\by\b|\bet\b|&)\s*/u)
    .map((n) => n.trim())
    .filter((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,4}$/u.test(n));
}
