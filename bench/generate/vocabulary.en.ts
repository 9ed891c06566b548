/** English domain vocabulary for generated practices, tagged by thematic area. */
export interface EnglishPhrase {
	text: string;
	area: string;
	/** A place one can be "on" or "in" (the preposition it takes). */
	place?: 'in' | 'on' | 'at';
}

const phrase = (area: string, text: string, place?: EnglishPhrase['place']): EnglishPhrase => ({ text, area, place });

export const EN_PHRASES: EnglishPhrase[] = [
	phrase('brownfield-reuse', 'brownfield regeneration'),
	phrase('brownfield-reuse', 'the former colliery site', 'on'),
	phrase('brownfield-reuse', 'a spoil heap', 'on'),
	phrase('brownfield-reuse', 'the old headframe', 'at'),
	phrase('brownfield-reuse', 'the steelworks site', 'on'),
	phrase('brownfield-reuse', 'the disused textile mill', 'in'),
	phrase('brownfield-reuse', 'land remediation'),
	phrase('brownfield-reuse', 'the reuse of empty factory halls'),
	phrase('brownfield-reuse', 'the former power station', 'in'),
	phrase('brownfield-reuse', 'the shipyard quays', 'on'),
	phrase('economic-diversification', 'a business incubator', 'in'),
	phrase('economic-diversification', 'new jobs for former miners'),
	phrase('economic-diversification', 'the creative industries'),
	phrase('economic-diversification', 'a social enterprise', 'in'),
	phrase('economic-diversification', 'industrial tourism'),
	phrase('economic-diversification', 'a skills academy', 'at'),
	phrase('economic-diversification', 'retraining schemes for steelworkers'),
	phrase('economic-diversification', 'support for local entrepreneurs'),
	phrase('social-inclusion', 'social inclusion'),
	phrase('social-inclusion', 'a community centre', 'in'),
	phrase('social-inclusion', 'neighbourhood support networks'),
	phrase('social-inclusion', 'employment coaching for long-term unemployed people'),
	phrase('social-inclusion', 'energy poverty'),
	phrase('social-inclusion', 'a youth club', 'in'),
	phrase('culture-identity', 'industrial heritage'),
	phrase('culture-identity', 'local identity'),
	phrase('culture-identity', 'an oral history archive of mining families'),
	phrase('culture-identity', 'a heritage trail', 'on'),
	phrase('culture-identity', 'an industrial culture festival', 'at'),
	phrase('culture-identity', 'a mining museum', 'in'),
	phrase('culture-identity', 'artists’ studios', 'in'),
	phrase('demography', 'population decline'),
	phrase('demography', 'an ageing population'),
	phrase('demography', 'the outflow of young people'),
	phrase('demography', 'district-level population forecasts'),
	phrase('demography', 'care for older residents'),
	phrase('energy-transition', 'the energy transition'),
	phrase('energy-transition', 'heat pumps'),
	phrase('energy-transition', 'solar roofs on public buildings'),
	phrase('energy-transition', 'the retrofit of terraced houses'),
	phrase('energy-transition', 'a district heating network'),
	phrase('energy-transition', 'a community energy cooperative'),
	phrase('energy-transition', 'mine water heating'),
	phrase('energy-transition', 'replacing coal stoves'),
	phrase('housing', 'the workers’ housing estate', 'on'),
	phrase('housing', 'social housing'),
	phrase('housing', 'affordable rented homes'),
	phrase('housing', 'the renovation of terraced streets'),
	phrase('housing', 'a community land trust'),
	phrase('housing', 'empty homes brought back into use'),
	phrase('mobility', 'public transport'),
	phrase('mobility', 'a cycle highway', 'on'),
	phrase('mobility', 'a new tram line', 'on'),
	phrase('mobility', 'the former railway line', 'on'),
	phrase('mobility', 'a transport interchange', 'at'),
	phrase('mobility', 'low-traffic streets', 'in'),
	phrase('participation', 'the participatory budget'),
	phrase('participation', 'a citizens’ assembly'),
	phrase('participation', 'a neighbourhood council'),
	phrase('participation', 'co-design workshops with residents'),
	phrase('participation', 'community walks'),
	phrase('participation', 'public consultation')
];

export const EN_GROUPS = [
	'residents',
	'older people',
	'young people',
	'former miners',
	'families with children',
	'local businesses',
	'artists',
	'community groups',
	'unemployed people',
	'students',
	'tenants',
	'neighbours'
];

export const EN_FUNDS = [
	'the European Regional Development Fund',
	'the Just Transition Fund',
	'the European Social Fund Plus',
	'the city budget',
	'an Interreg project',
	'the national heritage fund',
	'a regional development grant',
	'a charitable foundation',
	'the URBACT programme',
	'the national recovery plan'
];

export const EN_INDUSTRIES = [
	'the last coal mine',
	'the steelworks',
	'the textile mills',
	'the shipyard',
	'the chemical plant',
	'the glassworks',
	'the car plant',
	'the coking plant'
];

export const EN_PARTNERS = [
	'the city council',
	'a local foundation',
	'the technical university',
	'the neighbourhood council',
	'a social enterprise',
	'the job centre',
	'the heritage conservation office',
	'the public library',
	'a former miners’ association',
	'the housing association',
	'the chamber of crafts',
	'a regional development agency'
];

export const EN_INDICATORS = [
	'unemployment',
	'empty homes',
	'air pollution',
	'energy poverty',
	'young people leaving',
	'reported vandalism'
];

export const EN_DISTRICTS = [
	'Old Town',
	'Riverside',
	'Millfields',
	'Eastgate',
	'Colliery Row',
	'Steelworks',
	'Canal Side',
	'Hilltop',
	'Station Quarter',
	'North End',
	'Furnace Hill',
	'Dockside'
];

/** Rare technical words, each in a few documents only. */
export const EN_RARE = [
	'winding engine',
	'coal washery',
	'gasometer',
	'slag heap',
	'tramway depot',
	'coking ovens',
	'pithead baths',
	'blast furnace',
	'cooling tower',
	'weaving shed',
	'drydock',
	'ropeworks'
];
