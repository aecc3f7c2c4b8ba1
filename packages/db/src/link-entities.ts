import { createHash } from "node:crypto";
import type { Entity as GraphEntity } from "@newsgraph/schema";
import { acronymKeysOf, entityIdFor, isAcronym, isLinkableKey, normaliseName } from "./entity-keys.ts";
import { q, type SqlSession, type SqlValue } from "./sql-session.ts";

export interface StoredEntityRow {
  id: string;
  type: string;
  name: string;
  key: string;
  iso3166: string | null;
  geonamesId: number | null;
}

export interface EntityLink {
  localId: string;
  entityId: string;
  /** Why this article's entity joined an existing one, or null when it created the entity. */
  joinedBecause: string | null;
}

export interface LinkPlan {
  links: Map<string, EntityLink>;
  newEntities: {
    id: string;
    type: string;
    name: string;
    key: string;
    iso3166: string | null;
    geonamesId: number | null;
    countryCode: string | null;
    latitude: number | null;
    longitude: number | null;
  }[];
  aliases: {
    entityId: string;
    type: string;
    alias: string;
    key: string;
    reason: string;
    articleId: string;
  }[];
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export function entityKeyOf(entity: Pick<GraphEntity, "key" | "name">): string {
  return normaliseName(entity.key) || normaliseName(entity.name);
}

/** Names this entity may be found under in earlier articles (never a person's surname alone). */
export function linkableKeysOf(entity: GraphEntity): string[] {
  const keys = [entityKeyOf(entity), normaliseName(entity.name), ...entity.aliases.map(normaliseName)];
  return [...new Set(keys)].filter((k) => isLinkableKey(entity.type, k));
}

function acronymKeysFor(entity: GraphEntity): string[] {
  if (entity.type !== "organization") return [];
  return [...new Set([entity.name, ...entity.aliases].flatMap(acronymKeysOf))];
}

/** Every key whose resolution this article depends on: PostgreSQL loaders lock them before deciding. */
export function lockKeysOf(entities: GraphEntity[]): string[] {
  const keys = entities.flatMap((e) => [
    ...linkableKeysOf(e).map((k) => `entity:${e.type}:${k}`),
    ...acronymKeysFor(e).map((k) => `entity:${e.type}:${k}`),
    ...(e.kb?.iso3166 ? [`kb:${e.type}:iso:${e.kb.iso3166}`] : []),
    ...(e.kb?.geonamesId != null ? [`kb:${e.type}:gn:${e.kb.geonamesId}`] : []),
  ]);
  return [...new Set(keys)];
}

interface Candidates {
  byKey: Map<string, StoredEntityRow>;
  byIso: Map<string, StoredEntityRow>;
  byGeonames: Map<string, StoredEntityRow>;
  aliasOwners: Map<string, Map<string, string>>;
}

function whereAnyOf(groups: Map<string, Set<string | number>>, column: string, params: SqlValue[]): string[] {
  return [...groups].map(([type, values]) => {
    params.push(type, ...values);
    return `("type" = ? AND ${q(column)} IN (${[...values].map(() => "?").join(", ")}))`;
  });
}

async function findCandidates(session: SqlSession, entities: GraphEntity[]): Promise<Candidates> {
  const keysByType = new Map<string, Set<string | number>>();
  const isoByType = new Map<string, Set<string | number>>();
  const geoByType = new Map<string, Set<string | number>>();
  const add = (map: Map<string, Set<string | number>>, type: string, value: string | number) => {
    const set = map.get(type) ?? new Set<string | number>();
    set.add(value);
    map.set(type, set);
  };
  for (const e of entities) {
    for (const k of [...linkableKeysOf(e), ...acronymKeysFor(e)]) add(keysByType, e.type, k);
    add(keysByType, e.type, entityKeyOf(e));
    if (e.kb?.iso3166) add(isoByType, e.type, e.kb.iso3166.toUpperCase());
    if (e.kb?.geonamesId != null) add(geoByType, e.type, e.kb.geonamesId);
  }
  const entityParams: SqlValue[] = [];
  const entityWhere = [
    ...whereAnyOf(keysByType, "key", entityParams),
    ...whereAnyOf(isoByType, "iso3166", entityParams),
    ...whereAnyOf(geoByType, "geonamesId", entityParams),
  ];
  const aliasParams: SqlValue[] = [];
  const aliasWhere = whereAnyOf(keysByType, "key", aliasParams);
  type CandidateRow = StoredEntityRow & { source: "entity" | "alias"; alias: string | null };
  const selects: string[] = [];
  if (entityWhere.length > 0) {
    selects.push(
      `SELECT 'entity' AS "source", "id", "type", "name", "key", "iso3166", "geonamesId", NULL AS "alias" FROM "Entity" WHERE ${entityWhere.join(" OR ")}`,
    );
  }
  if (aliasWhere.length > 0) {
    selects.push(
      `SELECT 'alias' AS "source", "entityId" AS "id", "type", NULL AS "name", "key", NULL AS "iso3166", NULL AS "geonamesId", "alias" FROM "EntityAlias" WHERE ${aliasWhere.join(" OR ")}`,
    );
  }
  const found =
    selects.length === 0
      ? []
      : await session.query<CandidateRow>(selects.join(" UNION ALL "), [...entityParams, ...aliasParams]);
  const rows = found.filter((r) => r.source === "entity");
  const aliasRows = found
    .filter((r) => r.source === "alias")
    .map((r) => ({ type: r.type, key: r.key, entityId: r.id, alias: r.alias ?? "" }));
  const candidates: Candidates = {
    byKey: new Map(),
    byIso: new Map(),
    byGeonames: new Map(),
    aliasOwners: new Map(),
  };
  for (const row of rows) {
    candidates.byKey.set(`${row.type}:${row.key}`, row);
    if (row.iso3166) candidates.byIso.set(`${row.type}:${row.iso3166}`, row);
    if (row.geonamesId != null) candidates.byGeonames.set(`${row.type}:${row.geonamesId}`, row);
  }
  for (const alias of aliasRows) {
    const owners = candidates.aliasOwners.get(`${alias.type}:${alias.key}`) ?? new Map<string, string>();
    owners.set(alias.entityId, alias.alias);
    candidates.aliasOwners.set(`${alias.type}:${alias.key}`, owners);
  }
  return candidates;
}

function resolveOne(entity: GraphEntity, c: Candidates): { id: string; because: string } | null {
  const iso = entity.kb?.iso3166?.toUpperCase();
  const isoHit = iso ? c.byIso.get(`${entity.type}:${iso}`) : undefined;
  if (isoHit) return { id: isoHit.id, because: `same ISO 3166 code ${iso} as "${isoHit.name}"` };
  const geoHit =
    entity.kb?.geonamesId != null ? c.byGeonames.get(`${entity.type}:${entity.kb.geonamesId}`) : undefined;
  if (geoHit)
    return { id: geoHit.id, because: `same GeoNames id ${entity.kb?.geonamesId} as "${geoHit.name}"` };
  const key = entityKeyOf(entity);
  const exact = c.byKey.get(`${entity.type}:${key}`);
  if (exact) return { id: exact.id, because: `same ${entity.type} key "${key}"` };
  for (const k of linkableKeysOf(entity)) {
    const owners = c.aliasOwners.get(`${entity.type}:${k}`);
    if (owners?.size === 1) {
      const [[id, alias]] = [...owners] as [[string, string]];
      return { id, because: `"${entity.name}" shares the known alias "${alias}"` };
    }
  }
  for (const k of linkableKeysOf(entity)) {
    const named = c.byKey.get(`${entity.type}:${k}`);
    if (named) return { id: named.id, because: `"${entity.name}" has the name "${named.name}" as an alias` };
  }
  for (const k of acronymKeysFor(entity)) {
    const short = c.byKey.get(`${entity.type}:${k}`);
    if (short && isAcronym(short.name))
      return { id: short.id, because: `"${short.name}" is the acronym of "${entity.name}"` };
  }
  if (entity.type === "organization" && isAcronym(entity.name)) {
    const owners = c.aliasOwners.get(`${entity.type}:${normaliseName(entity.name)}`);
    if (owners?.size === 1) {
      const [[id]] = [...owners] as [[string, string]];
      return { id, because: `"${entity.name}" is the acronym of a known expansion` };
    }
  }
  return null;
}

/** Decides, for each of one article's entities, which stored entity it is (or that it is new) and why. */
export async function planEntityLinks(
  session: SqlSession,
  entities: GraphEntity[],
  articleId: string,
): Promise<LinkPlan> {
  const candidates = await findCandidates(session, entities);
  const plan: LinkPlan = { links: new Map(), newEntities: [], aliases: [] };
  const created = new Map<string, string>();
  for (const entity of entities) {
    const key = entityKeyOf(entity);
    const resolved = resolveOne(entity, candidates);
    let entityId: string;
    if (resolved) {
      entityId = resolved.id;
    } else {
      entityId = created.get(`${entity.type}:${key}`) ?? entityIdFor(entity.type, key, sha256);
      if (!created.has(`${entity.type}:${key}`)) {
        created.set(`${entity.type}:${key}`, entityId);
        const kb = entity.kb;
        plan.newEntities.push({
          id: entityId,
          type: entity.type,
          name: entity.name,
          key,
          iso3166: kb?.iso3166?.toUpperCase() ?? null,
          geonamesId: kb?.geonamesId ?? null,
          countryCode: kb?.countryCode ?? null,
          latitude: kb?.latitude ?? null,
          longitude: kb?.longitude ?? null,
        });
        const row = {
          id: entityId,
          type: entity.type,
          name: entity.name,
          key,
          iso3166: kb?.iso3166?.toUpperCase() ?? null,
          geonamesId: kb?.geonamesId ?? null,
        };
        candidates.byKey.set(`${entity.type}:${key}`, row);
      }
    }
    plan.links.set(entity.id, { localId: entity.id, entityId, joinedBecause: resolved?.because ?? null });
    plan.aliases.push(...aliasesOf(entity, entityId, articleId, resolved?.because ?? null));
  }
  return plan;
}

function aliasesOf(
  entity: GraphEntity,
  entityId: string,
  articleId: string,
  joinedBecause: string | null,
): LinkPlan["aliases"] {
  const rows: LinkPlan["aliases"] = [];
  const seen = new Set<string>();
  const push = (alias: string, reason: string) => {
    const key = normaliseName(alias);
    if (key === "" || seen.has(key)) return;
    seen.add(key);
    rows.push({ entityId, type: entity.type, alias, key, reason, articleId });
  };
  push(entity.name, joinedBecause ? `joined in ${articleId}: ${joinedBecause}` : `name in ${articleId}`);
  for (const alias of entity.aliases) {
    const surnameOnly = !isLinkableKey(entity.type, normaliseName(alias));
    push(
      alias,
      `alias of "${entity.name}" in ${articleId}${surnameOnly ? " (surname only: not used to link across articles)" : ""}`,
    );
  }
  if (entity.type === "organization") {
    for (const acronym of acronymKeysOf(entity.name)) {
      if (entity.aliases.some((a) => normaliseName(a) === acronym)) continue;
      push(acronym.toUpperCase(), `acronym of "${entity.name}" (initials)`);
    }
  }
  return rows;
}
