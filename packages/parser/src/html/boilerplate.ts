import { mapPacked } from "../arrays.ts";
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
const RELATED_HEADING =
  /^(?:(?:more|related|recommended|popular|trending|latest|top|other|further)\b.{0,40}\b(?:stories|articles|news|reads|posts|videos|links|coverage|reading|content)|you (?:may|might) also like|read more|see also|read next|related|more on this(?: story| topic)?|most (?:read|popular|viewed|shared))[:.]?$/iu;
const UI_LABEL =
  /^(?:text size|font size|print|email|e-mail|share|share this( article| story)?|comments?|listen( to this article)?|save|bookmark|image \d+ of \/? ?\d+|\d+ of \d+|close|menu|loading\.*|advertisement)$/iu;
const PROMO =
  /^(?:if you (?:enjoyed|liked|value|appreciate)|follow\b.{0,60}\b(?:coverage|on twitter|on facebook|on instagram)\b|let our news|sign up for (?:our|the)\b|(?:filed under|tagged|tags|categories|category|posted in|topics)\s*:|get (?:our|the) (?:best|latest|top)\b)|\baffiliate (?:commission|links?)\b|\b(?:image|photo|picture) (?:copyright|credit|source)\b/iu;
const CORRECTION =
  /^(?:\*\s*)?(?:correction|corrections|clarification|editor['’]s note|update)\b[^:]{0,40}:\s*(?:an earlier|a previous|this (?:article|story))|^(?:\*\s*)?(?:correction|clarification)\b[^:]{0,40}:/iu;
const WIRE_CREDITS =
  /^[([]?(?:additional )?(?:reporting|writing|editing|edited|compiled|translated)(?: and \w+)? by\b/iu;
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|article|story))\b[^.]*\.?$/iu;
const UPDATED_LINE =
  /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|publicado|atualizado|publié|mis à jour|pubblicato|diterbitkan)\b/iu;

/** True for a text block that is page furniture rather than article text. */
const TRAILING_NAME = /(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*$/u;
const BYLINE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,4}$/u;
export function isBoilerplateBlock(block: TextBlock): boolean {
  const text = block.text;
  const length = text.length;
  if (ADVERT_LABEL.test(text) || UI_LABEL.test(text)) return true;
  if (length < 300 && PROMO.test(text)) return true;
  if (CALL_TO_ACTION.test(text) && (length < 80 || (length < 200 && /^[^:]{0,40}:/.test(text)))) return true;
  if (length < 300 && COPYRIGHT.test(text)) return true;
  if (length < 160 && isCreditLine(text)) return true;
  const letters = text.replace(/[\s\p{P}]/gu, "").length;
  const linkShare = letters > 0 ? block.linkChars / letters : 0;
  if (block.kind === "item") return linkShare > 0.6;
  const sentence = /[.!?]["”’)]?$/.test(text);
  return length < 300 && (linkShare > 0.9 || (linkShare > 0.6 && !sentence));
}

/** A credit line for the reporting: "(Reporting by X; editing by Y)", "Z contributed reporting from Paris." */
export function isContributorLine(block: TextBlock): boolean {
  return block.text.length < 400 && (WIRE_CREDITS.test(block.text) || CONTRIBUTED.test(block.text));
}

/** "More great stories", "Related articles", "Popular now": a heading over links to other pages. */
export function isRelatedHeading(text: string): boolean {
  return text.length < 60 && RELATED_HEADING.test(text);
}

/** Names in a reporting credit: "Jane Roe and John Doe contributed reporting", "(Reporting by A, B; editing by C)". */
export function contributedNames(text: string): string[] {
  const contributed = /^(.*?)\s+contributed\b/iu.exec(text);
  const reporting = /\b(?:reporting|writing) by\s+([^;.)]*)/iu.exec(text);
  const names = (contributed?.[1] ?? reporting?.[1] ?? "").split(/\b(?:editing|edited)\b/iu)[0] ?? "";
  return mapPacked(
    names.replace(/^.*[’']s\s+/u, "").split(/\s*(?:,|;|\band\b|&|\bwith\b)\s*/u),
    (n) => TRAILING_NAME.exec(n.trim())?.[0] ?? "",
  ).filter((n) => n.length > 0);
}

/** A short line naming the author(s): "By Jane Doe and John Roe" (maybe with a date). */
export function isBylineBlock(block: TextBlock): boolean {
  return block.text.length < 100 && BYLINE.test(block.text) && !/[.!?]["”]?$/.test(block.text);
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

const META_SEPARATOR = /\s+[·•|]\s+/u;

/** "Published 12 August 2022 · By Kari Holm": a short line holding a date line and a byline, apart. */
export function dateAndByline(block: TextBlock): { date: string; byline: string } | null {
  if (block.text.length > 160 || !META_SEPARATOR.test(block.text)) return null;
  const parts = block.text.split(META_SEPARATOR);
  const date = parts.find((p) => isDateLineBlock({ ...block, text: p }));
  const byline = parts.find((p) => isBylineBlock({ ...block, text: p }));
  return date && byline ? { date, byline } : null;
}

/** A line starting "Updated …", "Published …" (with a date, checked separately). */
export function isUpdateLine(text: string): boolean {
  return UPDATED_LINE.test(text);
}

/** An author's note closing the article: "Jane Roe is our science editor …", "Jane Roe's book …". */
export function isAuthorBio(text: string, authors: string[]): boolean {
  if (text.length > 600) return false;
  return authors.some((name) => {
    const first = name.split(/\s+/)[0] ?? "";
    return [name, first].some(
      (n) =>
        n.length > 1 &&
        text.startsWith(n) &&
        /^(?:\s+(?:is|was|has|writes|covers|lives)\b|[’']s\s)/u.test(text.slice(n.length)),
    );
  });
}

/** "Correction: …", "Clarification (May 2): …", "Editor's note: An earlier version …". */
export function isCorrectionNote(text: string): boolean {
  return text.length < 800 && CORRECTION.test(text);
}

/** Names from a byline: "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. */
export function bylineNames(text: string): string[] {
  const body = text
    .replace(BYLINE_LABEL, "")
    .replace(/\s*[|•·—–-]\s.*$/u, "")
    .replace(/\s*\b(?:updated|published|posted)\b.*$/iu, "");
  return mapPacked(body.split(/\s*(?:,|;|\band\b|\bund\b|\be\b|\by\b|\bet\b|&)\s*/u), (n) => n.trim()).filter(
    (n) => BYLINE_NAME.test(n),
  );
}
