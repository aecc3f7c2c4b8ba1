/**
 * Professional teams the word lists lack, by full name (lowercase): the NHL, and NFL, NBA, MLB, MLS and
 * WNBA teams compromise's SportsTeam list misses (relocations and renames included). Committed data;
 * a team's name without its city ("Red Wings") is derived from these in classify.ts.
 */
export const EXTRA_TEAMS: readonly string[] = [
  // NHL
  "anaheim ducks",
  "arizona coyotes",
  "boston bruins",
  "buffalo sabres",
  "calgary flames",
  "carolina hurricanes",
  "chicago blackhawks",
  "colorado avalanche",
  "columbus blue jackets",
  "dallas stars",
  "detroit red wings",
  "edmonton oilers",
  "florida panthers",
  "los angeles kings",
  "minnesota wild",
  "montreal canadiens",
  "nashville predators",
  "new jersey devils",
  "new york islanders",
  "new york rangers",
  "ottawa senators",
  "philadelphia flyers",
  "pittsburgh penguins",
  "san jose sharks",
  "seattle kraken",
  "st. louis blues",
  "st louis blues",
  "tampa bay lightning",
  "toronto maple leafs",
  "utah hockey club",
  "vancouver canucks",
  "vegas golden knights",
  "washington capitals",
  "winnipeg jets",
  // NFL
  "los angeles rams",
  "los angeles chargers",
  "las vegas raiders",
  "washington commanders",
  "new york giants",
  // NBA
  "atlanta hawks",
  "portland trail blazers",
  "memphis grizzlies",
  "denver nuggets",
  "oklahoma city thunder",
  // MLB
  "atlanta braves",
  "baltimore orioles",
  "chicago cubs",
  "colorado rockies",
  "los angeles angels",
  "miami marlins",
  "milwaukee brewers",
  "new york mets",
  "st. louis cardinals",
  "toronto blue jays",
  "athletics",
  // MLS
  "atlanta united",
  "austin fc",
  "charlotte fc",
  "fc cincinnati",
  "inter miami",
  "los angeles fc",
  "minnesota united",
  "nashville sc",
  "new york city fc",
  "orlando city",
  "st. louis city sc",
  "toronto fc",
  "d.c. united",
  // WNBA
  "las vegas aces",
  "new york liberty",
  "seattle storm",
  "chicago sky",
  "connecticut sun",
  "minnesota lynx",
  "phoenix mercury",
  "indiana fever",
  "dallas wings",
  "washington mystics",
  "atlanta dream",
  "los angeles sparks",
];

/**
 * Football clubs of Europe's five biggest leagues and a few others often in the news, by full name
 * (lowercase): organizations by name only (no nickname is derived from them, as "Ajax Amsterdam" would
 * make "Amsterdam" a team).
 */
export const FOOTBALL_CLUBS: readonly string[] = [
  // England
  "arsenal",
  "aston villa",
  "afc bournemouth",
  "brentford",
  "brighton & hove albion",
  "brighton and hove albion",
  "burnley",
  "chelsea fc",
  "crystal palace",
  "everton",
  "fulham",
  "ipswich town",
  "leeds united",
  "leicester city",
  "liverpool fc",
  "luton town",
  "manchester city",
  "manchester united",
  "newcastle united",
  "nottingham forest",
  "sheffield united",
  "southampton",
  "sunderland",
  "tottenham hotspur",
  "west bromwich albion",
  "west ham united",
  "wolverhampton wanderers",
  "celtic",
  "rangers fc",
  // Spain
  "real madrid",
  "atletico madrid",
  "atlético madrid",
  "fc barcelona",
  "athletic bilbao",
  "athletic club",
  "real sociedad",
  "real betis",
  "sevilla fc",
  "villarreal",
  "valencia cf",
  "celta vigo",
  "rayo vallecano",
  "osasuna",
  // Italy
  "juventus",
  "inter milan",
  "internazionale",
  "ac milan",
  "as roma",
  "ss lazio",
  "ssc napoli",
  "fiorentina",
  "atalanta",
  // Germany
  "bayern munich",
  "fc bayern",
  "borussia dortmund",
  "borussia mönchengladbach",
  "borussia monchengladbach",
  "bayer leverkusen",
  "rb leipzig",
  "eintracht frankfurt",
  "vfb stuttgart",
  "werder bremen",
  "schalke 04",
  "vfl wolfsburg",
  "union berlin",
  // France
  "paris saint-germain",
  "paris st germain",
  "paris st-germain",
  "olympique de marseille",
  "olympique lyonnais",
  "as monaco",
  "lille osc",
  "stade rennais",
  // Netherlands, Portugal, Scotland, Turkey
  "ajax amsterdam",
  "psv eindhoven",
  "feyenoord",
  "benfica",
  "fc porto",
  "sporting lisbon",
  "sporting cp",
  "galatasaray",
  "fenerbahce",
  "fenerbahçe",
];

let clubFirstWords: Set<string> | null = null;

/**
 * Whether `name` is a club of FOOTBALL_CLUBS or the town that opens one's name ("Newcastle" for
 * Newcastle United, "Chelsea" for Chelsea FC): read as the club only where a player's transfer says so.
 */
export function isFootballClubName(name: string): boolean {
  if (clubFirstWords === null) {
    clubFirstWords = new Set(FOOTBALL_CLUBS);
    for (const club of FOOTBALL_CLUBS) clubFirstWords.add(club.split(" ")[0] as string);
  }
  return clubFirstWords.has(name.toLowerCase());
}

/** Football leagues and competitions, by name (lowercase): organizations, never places. */
export const FOOTBALL_COMPETITIONS: readonly string[] = [
  "la liga",
  "serie a",
  "bundesliga",
  "ligue 1",
  "eredivisie",
  "premier league",
  "champions league",
  "europa league",
  "uefa",
  "fifa",
];
