/** Demo practices of Sheffield, Saint-Étienne, Tampere and Turin (English). */
import { fund, outcome, practice } from './practices.data.types';

export const SHEFFIELD_SAINT_ETIENNE_TAMPERE_TORINO = [
	practice({
		key: 'sheffield-kelham-island',
		city: 'sheffield',
		language: 'en',
		status: 'completed',
		period: ['2000-01-01', '2020-12-31'],
		written: '2024-06-05',
		areas: ['housing', 'brownfield-reuse', 'culture-identity'],
		organisations: ['sheffield-trust'],
		partners: ['Sheffield City Council', 'Historic England'],
		author: 'sarah.thompson@headframe.example',
		contacts: ['sarah.thompson@headframe.example'],
		funding: [
			fund('national', 2_800_000, 'GBP', 'Heritage Fund: townscape heritage scheme'),
			fund('eu', 4_500_000, 'GBP', 'ERDF Objective 1 South Yorkshire'),
			fund('municipal', 1_200_000, 'GBP', 'Sheffield City Council: streets and conservation staff'),
			fund('private', 60_000_000, 'GBP', 'Conversions by private owners and developers (estimate)')
		],
		outcomes: [
			outcome('Residents in the area', 400, 5_000, 'people', 2021),
			outcome('Businesses in the area', 40, 150, 'businesses', 2021)
		],
		texts: {
			title: 'Kelham Island: a works district grown into a mixed neighbourhood without losing its workshops',
			summary: `Kelham Island, a district of steel works, cutlers' workshops and terraced houses north of Sheffield's centre, was almost abandoned by 2000. Conservation rules, an industrial museum, small-scale conversions and support for independent businesses made it a lively neighbourhood of flats, pubs, makers and offices.`,
			context: `Sheffield lost most of its steel and cutlery jobs in the 1980s. Kelham Island's small works and "little mesters" workshops stood empty or derelict; the area was known for crime and fly-tipping, and plans proposed clearing it for car parks and big sheds.`,
			approach: `- Conservation area status and a design guide keeping the street pattern and small plots.\n- The industrial museum on the island as an anchor and visitor magnet.\n- Works converted into flats above, with workshops, pubs and studios at street level.\n- Grants for repairing historic fronts.\n- Support for independent businesses: flexible leases and no chain stores in key buildings.`,
			actors: `Sheffield City Council, Sheffield Steel Heritage Trust, Historic England, the Heritage Fund, private developers, the local business association.`,
			funding_notes: `Public money was small compared with private investment: heritage grants and ERDF paid for repairs of historic fronts, streets and the museum, which gave owners the confidence to convert.`,
			results: `The number of residents grew from a few hundred to around 5,000, and more than 150 businesses operate there, including makers, brewers and a working cutlery workshop. The museum keeps the steel story visible.`,
			failures: `Recent large student and build-to-rent blocks are out of scale and squeeze workshops out; noise complaints from new residents threaten pubs and music venues. There are few family homes.`,
			transfer_conditions: `A stock of small historic buildings, conservation powers applied consistently, an anchor heritage institution, and limits on height and plot merging to protect the fine grain.`
		}
	}),
	practice({
		key: 'sheffield-health-champions',
		city: 'sheffield',
		language: 'en',
		status: 'ongoing',
		visibility: 'members',
		period: ['2020-09-01', null],
		written: '2025-09-24',
		areas: ['demography', 'social-inclusion'],
		organisations: ['sheffield-lab'],
		partners: ['Sheffield primary care networks', 'Sheffield City Council public health team'],
		author: 'david.hughes@headframe.example',
		contacts: ['david.hughes@headframe.example'],
		funding: [
			fund('national', 850_000, 'GBP', 'National Institute for Health and Care Research: evaluation grant'),
			fund('municipal', 300_000, 'GBP', 'Public health grant: drop-ins and training'),
			fund('private', 120_000, 'GBP', 'Local charitable trusts')
		],
		outcomes: [
			outcome('Trained health champions', 0, 86, 'people', 2024),
			outcome('Older residents reached', 0, 2_400, 'people', 2024),
			outcome('Emergency admissions for falls among participants', 31, 25, 'per 1,000', 2024)
		],
		texts: {
			title: 'Community health champions in former steel neighbourhoods',
			summary: `In Sheffield's east end, where the steelworks closed, trained volunteers – many of them retired steelworkers and their families – help older neighbours with health checks, falls prevention, loneliness and benefits advice. The university evaluates the scheme with the local health service.`,
			context: `Life expectancy in Sheffield's east end is around ten years lower than in the west. Many residents worked in heavy industry and live with long-term conditions. Young people left, neighbourhoods are ageing, and GP surgeries struggle to reach isolated older people.`,
			approach: `- Champions recruited and trained through community centres, churches and working men's clubs.\n- Weekly drop-ins with blood pressure checks and chair-based exercise.\n- Home visits after hospital discharge.\n- Referrals to GPs, social prescribers and benefits advisers.\n- Evaluation with routine health data and interviews.`,
			actors: `Sheffield Urban Futures Lab (evaluation), local primary care networks, the city council's public health team, community centres, volunteers.`,
			funding_notes: `A national research grant pays for the evaluation; the public health grant and local trusts pay for training, drop-ins and a coordinator.`,
			results: `86 champions reached about 2,400 older residents. Emergency admissions for falls among participants fell by about a fifth compared with similar areas, and participants report less loneliness.`,
			failures: `Recruiting men as champions was hard at first. The scheme relies on short grants, and two drop-ins closed when a community centre lost its funding.`,
			transfer_conditions: `Trusted community venues, a primary care partner willing to share data, training and supervision for volunteers, and funding for several years.`
		}
	}),
	practice({
		key: 'sheffield-sevenstone',
		city: 'sheffield',
		language: 'en',
		status: 'abandoned',
		period: ['2000-01-01', '2013-06-30'],
		written: '2025-03-19',
		areas: ['economic-diversification'],
		organisations: ['sheffield-lab'],
		partners: ['Sheffield City Council'],
		author: 'david.hughes@headframe.example',
		contacts: ['david.hughes@headframe.example'],
		funding: [
			fund('private', null, null, 'Developer finance, never fully committed'),
			fund('national', 10_000_000, 'GBP', 'Regional development agency: land assembly'),
			fund('municipal', 6_000_000, 'GBP', 'Land assembly and relocation of businesses')
		],
		outcomes: [outcome('Vacant units in the planned quarter', 12, 58, 'units', 2013)],
		texts: {
			title: 'The Sevenstone retail quarter: why a developer-led scheme for the city centre stalled',
			summary: `For over a decade Sheffield planned a large retail quarter in its centre with a single private developer. Buildings were bought and tenants moved out, but after the 2008 financial crisis the scheme was abandoned; the council later took over and rebuilt the area in smaller phases. We share what went wrong.`,
			context: `After steel, Sheffield's centre lost shoppers to a big mall built on a former steelworks site in the Don valley. The council wanted a large anchor to bring retail back to the centre and chose a developer-led model, common at the time.`,
			approach: `- A development agreement with one developer for the whole quarter.\n- Compulsory purchase of properties and relocation of businesses.\n- A department store anchor secured on paper.\n- Repeated design revisions as the retail market changed.\n- In 2013 the agreement was ended and the council took control of the land.`,
			actors: `Sheffield City Council, a private developer, an anchor department store, local traders, the regional development agency.`,
			funding_notes: `Public money paid for land assembly; the developer's finance for building was never fully committed, which left the public side carrying the risk.`,
			results: `The original scheme built no retail quarter. Land assembly did make the later council-led, mixed-use redevelopment possible. In the meantime the number of empty units in the area rose almost fivefold.`,
			failures: `Dependence on one developer and one anchor store made the project hostage to the property cycle. Businesses moved out years before anything happened, leaving streets empty. The plan was too big for a retail market already shifting online.`,
			transfer_conditions: `What not to repeat: prefer phased, mixed-use plans that public bodies can steer; keep interim uses in bought buildings; test the retail market before assembling land.`
		}
	}),
	practice({
		key: 'saint-etienne-cite-du-design',
		city: 'saint-etienne',
		language: 'en',
		status: 'completed',
		period: ['2005-01-01', '2009-11-30'],
		written: '2024-11-27',
		areas: ['economic-diversification', 'culture-identity', 'brownfield-reuse'],
		organisations: ['se-design'],
		partners: ['Saint-Étienne Métropole', 'Cité du design', 'Higher School of Art and Design of Saint-Étienne'],
		author: 'camille.laurent@headframe.example',
		contacts: ['camille.laurent@headframe.example'],
		funding: [
			fund('national', 20_000_000, 'EUR', 'French state'),
			fund('eu', 9_000_000, 'EUR', 'ERDF Rhône-Alpes'),
			fund('regional', 12_000_000, 'EUR', 'Rhône-Alpes Region'),
			fund('municipal', 18_000_000, 'EUR', 'Saint-Étienne Métropole and the city')
		],
		outcomes: [
			outcome('Jobs in the creative quarter', 300, 2_000, 'jobs', 2022),
			outcome('Visitors to the design biennial', 60_000, 200_000, 'people', 2022)
		],
		texts: {
			title: 'Cité du design: a design city in Saint-Étienne’s former arms factory',
			summary: `The state arms factory of Saint-Étienne, closed in the early 2000s, became the Cité du design: a design centre, the higher school of art and design, exhibition halls for the international design biennial, and offices for digital and creative firms. In 2010 the city joined the UNESCO Creative Cities Network for design.`,
			context: `Saint-Étienne lost coal mining, steel, the arms factory and its famous bicycle and mail-order firms. Its population fell by tens of thousands from the 1960s. The city kept a strong tradition of engineering and craft, but an image of decline.`,
			approach: `- A public design institution combining the school, research and events.\n- Conversion of the factory buildings, with one new building as a landmark.\n- The international design biennial as a showcase every two years.\n- Design in public services: designers working with the city on schools, streets and services.\n- A creative quarter around the site with incubators and affordable offices.`,
			actors: `Saint-Étienne Métropole, the city, the Cité du design, the higher school of art and design, Friches & Design Saint-Étienne (workshops in other empty halls), the French state.`,
			funding_notes: `The state, the region, ERDF and the metropolitan authority shared the investment; the metropolitan authority funds the institution's running costs.`,
			results: `The quarter hosts around 2,000 jobs in creative and digital firms, and the biennial brings about 200,000 visitors. Design has become part of how the city sees itself.`,
			failures: `Population decline continued for years: a design economy alone could not replace industry. Some neighbourhoods felt the project was made for an elite.`,
			transfer_conditions: `An existing design or engineering tradition and school, a large factory building in public hands, a recurring event, and a deliberate use of design in public services so residents benefit too.`
		}
	}),
	practice({
		key: 'tampere-finlayson',
		city: 'tampere',
		language: 'en',
		status: 'completed',
		period: ['1990-01-01', '2010-12-31'],
		written: '2025-01-08',
		areas: ['brownfield-reuse', 'culture-identity', 'housing'],
		organisations: ['tampere-yhteiso'],
		partners: ['City of Tampere'],
		author: 'aino.virtanen@headframe.example',
		contacts: ['aino.virtanen@headframe.example'],
		funding: [
			fund('private', 150_000_000, 'EUR', 'Owner’s investment in conversions (estimate)'),
			fund('municipal', 10_000_000, 'EUR', 'City of Tampere: courtyards and walkways'),
			fund('national', 5_000_000, 'EUR', 'State support for museums')
		],
		outcomes: [outcome('Jobs in the mill area', 200, 3_000, 'jobs', 2020), outcome('Affordable artists’ studios', 40, 18, 'studios', 2024)],
		texts: {
			title: 'Finlayson: a cotton mill district by the rapids reused for culture, offices and homes',
			summary: `The Finlayson cotton mill, once the largest industrial plant in the Nordic countries, stopped production in the 1990s. Its area in the centre of Tampere was converted step by step into museums, a cinema, restaurants, offices and later homes, while artists and residents used old buildings for studios and events.`,
			context: `Tampere grew as the "Manchester of Finland" around cotton and linen mills on the Tammerkoski rapids. By the 1990s textile production had ended and large brick mills in the very centre stood empty.`,
			approach: `- The owner and the city agreed a plan keeping the mill buildings and the street grid.\n- Culture first: a labour museum, a cinema in a former weaving hall, galleries.\n- Offices for IT and media firms.\n- Public courtyards and walkways along the rapids.\n- Later phases: homes on the edges, studio space for the residents' group.`,
			actors: `City of Tampere, the property owner, museums, Tehdasyhteisö Tampere (artists and residents), businesses.`,
			funding_notes: `The owner financed most conversions; the city paid for public courtyards and walkways, and the state supports the museums.`,
			results: `The area has about 3,000 jobs and is among the most visited places in Tampere. The city is growing again, and the mill areas are central to its image.`,
			failures: `Affordable space for artists shrank as the area became popular; our group had to move twice and the number of cheap studios fell by more than half. Some courtyards became car parks.`,
			transfer_conditions: `Robust mill buildings in the centre, an owner and a city that agree on a long-term plan, cultural anchors early, and affordable space protected by contract rather than goodwill.`
		}
	}),
	practice({
		key: 'torino-lingotto',
		city: 'torino',
		language: 'en',
		status: 'completed',
		period: ['1989-01-01', '2003-12-31'],
		written: '2024-12-16',
		areas: ['brownfield-reuse', 'economic-diversification'],
		organisations: ['torino-aps'],
		partners: ['City of Turin', 'Piedmont Region'],
		author: 'giulia.rossi@headframe.example',
		contacts: ['giulia.rossi@headframe.example'],
		funding: [
			fund('private', 400_000_000, 'EUR', 'Owner’s investment (estimate in today’s euros)'),
			fund('regional', 30_000_000, 'EUR', 'Piedmont Region: congress centre and university')
		],
		outcomes: [outcome('Jobs in the complex', 0, 3_000, 'jobs', 2010), outcome('Floor space reused', 0, 246_000, 'm²', 2003)],
		texts: {
			title: 'Lingotto: from a car factory with a rooftop test track to a multi-use complex',
			summary: `The Lingotto car factory in Turin, famous for its rooftop test track, closed in 1982. After an international consultation, the 500-metre building was converted into a congress centre, exhibition halls, a shopping centre, hotels, university rooms, a concert hall and an art gallery, keeping the track on the roof.`,
			context: `Turin was Italy's car capital; by the early 1980s automation and crisis cut tens of thousands of jobs. Lingotto, a symbol of modern industry, stood empty in a working-class district, and the city feared it would become a ruin.`,
			approach: `- An international consultation of architects to explore uses.\n- Mixed uses spread through the building so it stays alive all day.\n- The rooftop track kept and opened as a walk and garden.\n- Public institutions (university, congress centre) alongside private retail and hotels.\n- Works in phases from 1989 to 2003.`,
			actors: `The owner, the City of Turin, the Piedmont Region, the architects, the university, Rigenerazione Torino APS (community uses in later years).`,
			funding_notes: `The owner paid most of the conversion; public bodies paid for the congress centre and university spaces.`,
			results: `Lingotto hosts the Turin book fair and other large fairs, thousands of daily visitors and about 3,000 jobs. It became the reference for factory reuse in Italy.`,
			failures: `The complex looks inward: the surrounding district saw few benefits and the mall competes with local shops. Later crises of the car industry showed the limits of redevelopment led by one company.`,
			transfer_conditions: `An iconic building, an owner able to invest, strong public anchors and attention to links with the neighbourhood from the start.`
		}
	}),
	practice({
		key: 'torino-energy-community',
		city: 'torino',
		language: 'en',
		status: 'idea',
		published: false,
		period: ['2025-03-01', null],
		written: '2026-05-20',
		areas: ['energy-transition', 'housing'],
		organisations: ['torino-aps'],
		partners: ['Regional social housing agency'],
		author: 'marco.bianchi@headframe.example',
		contacts: ['marco.bianchi@headframe.example'],
		funding: [
			fund('national', 1_100_000, 'EUR', 'National recovery plan: energy community incentive (to apply for)'),
			fund('private', 150_000, 'EUR', 'Ethical bank loan (offer received)')
		],
		outcomes: [outcome('Solar capacity possible on surveyed roofs', 0, 420, 'kWp', 2025)],
		texts: {
			title: 'A renewable energy community for social housing in Mirafiori Sud',
			summary: `Working draft: solar panels on the roofs of social housing blocks and a school in Mirafiori Sud, shared through an energy community, so that tenants in energy poverty pay less for electricity.`,
			context: `Mirafiori Sud grew around the big car plant; many tenants are former car workers on low pensions, and their energy bills doubled in 2022.`,
			approach: `- Feasibility study with the housing agency on roof capacity.\n- Legal form: a non-profit association as the energy community.\n- Incentives for shared energy split between tenants and a social fund.\n- Energy advice sessions in the neighbourhood house.`,
			actors: `Rigenerazione Torino APS, the regional social housing agency, a school, volunteer energy consultants.`,
			funding_notes: `To be confirmed: national incentive and an ethical bank loan.`,
			results: `Not yet: six roofs surveyed, about 420 kWp possible.`,
			failures: `The rules for energy communities changed twice in two years; we paused until the final decree.`,
			transfer_conditions: `To be written after the pilot.`
		}
	})
];
