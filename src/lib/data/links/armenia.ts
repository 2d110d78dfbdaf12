import type { Link } from '../types';

export const armeniaLinks: Link[] = [
	{
		id: 'arm-eu-strategic-agenda-2025',
		type: 'treaty',
		from: 'ARM',
		to: 'EU',
		start: '2025-12-02',
		end: null,
		title: 'EU-Armenia Strategic Agenda adopted at 6th Partnership Council',
		summary:
			'At the sixth EU-Armenia Partnership Council in Brussels, Foreign Minister Mirzoyan and EU High Representative Kallas adopted a new Strategic Agenda that replaces the 2017 Partnership Priorities and builds on CEPA, covering reforms, connectivity, visa liberalisation and new security and defence cooperation.',
		status: 'signed',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Armenia adopts new strategic agenda with the EU',
				url: 'https://oc-media.org/armenia-adopts-new-strategic-agenda-with-the-eu'
			},
			{
				publisher: 'JAMnews',
				title:
					"'New stage of Armenia–EU cooperation': Brussels signs strategic partnership agreement",
				url: 'https://jam-news.net/new-stage-of-armenia-eu-cooperation-brussels-signs-strategic-partnership-agreement'
			},
			{
				publisher: 'ABC Media',
				title: 'EU and Armenia adopt new strategic agenda for partnership',
				url: 'https://abcmedia.am/en/politics/214628'
			}
		]
	},
	{
		id: 'eu-arm-peace-resilience-15m-2025',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2025-12-02',
		end: null,
		title: 'EU pledges EUR 15 million for peace and resilience in Armenia',
		summary:
			'Alongside the Strategic Agenda, Kallas announced EUR 15 million for Armenia to fund demining training and equipment, regional confidence-building, border management and countering foreign disinformation ahead of the 2026 elections.',
		status: 'announced',
		value: 'EUR 15 million (support package)',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Armenia adopts new strategic agenda with the EU',
				url: 'https://oc-media.org/armenia-adopts-new-strategic-agenda-with-the-eu'
			},
			{
				publisher: 'Hyetert',
				title: "EU, Armenia Adopt New Strategic Agenda to 'Deepen Partnership'",
				url: 'https://hyetert.org/2025/12/03/eu-armenia-adopt-new-strategic-agenda-to-deepen-partnership/',
				date: '2025-12-03'
			}
		]
	},
	{
		id: 'arm-usa-strategic-partnership-charter-2025',
		type: 'treaty',
		from: 'ARM',
		to: 'USA',
		start: '2025-01-14',
		end: null,
		title: 'Armenia-US Strategic Partnership Charter signed in Washington',
		summary:
			'Foreign Minister Mirzoyan and Secretary of State Blinken signed a charter setting up a US-Armenia Strategic Partnership Commission, covering economy, energy, defence and security, democracy and people-to-people ties, days before the change of US administration. Analysts noted it gives no US security guarantee.',
		status: 'signed',
		uncertain:
			'One seed analysis says the charter was suspended shortly after signing; the sources found do not confirm any formal suspension (Pashinyan said in February 2025 he expected the new administration to uphold it, and a Jamestown analysis only calls the partnership "on pause"). The US did suspend its separate 2009 charter with Georgia in November 2024.',
		sources: [
			{
				publisher: 'Public Radio of Armenia (1lurer)',
				title:
					'Signing of Strategic Partnership Charter between Republic of Armenia and United States of America took place in Washington',
				url: 'https://www.1lurer.am/en/2025/01/15/Հրապարակվել-է-ՀՀ-ԱՄՆ-ռազմավարական-համագործակցության-փաստաթղթի-տեքստը/1249643',
				date: '2025-01-15'
			},
			{
				publisher: 'Massis Post',
				title:
					'Armenia Confident New U.S. Administration Will Uphold Strategic Partnership Agreement',
				url: 'https://massispost.com/2025/02/armenia-confident-new-u-s-administration-will-uphold-strategic-partnership-agreement/'
			},
			{
				publisher: 'Jamestown Foundation',
				title: 'New Armenia-U.S. Partnership On Pause',
				url: 'https://jamestown.org/?p=101028'
			},
			{
				publisher: '301.am',
				title:
					'Armenia and the U.S. Sign Strategic Partnership Charter: Insights from Expert Suren Sargsyan',
				url: 'https://www.301.am/armenia-and-the-u-s-sign-strategic-partnership-charter-insights-from-expert-suren-sargsyan/'
			}
		]
	},
	{
		id: 'arm-rus-pashinyan-putin-call-2025-03',
		type: 'diplomacy',
		from: 'ARM',
		to: 'RUS',
		start: '2025-03-14',
		end: '2025-03-14',
		title: 'Pashinyan-Putin phone call on peace treaty text and Victory Day visit',
		summary:
			'In a call initiated by Yerevan, Pashinyan told Putin that the Armenia-Azerbaijan treaty text was agreed and accepted an invitation to the 9 May 2025 Victory Day celebrations in Moscow; the Kremlin said Russia backs normalisation. RFE/RL noted the Armenian readout omitted the Moscow visit.',
		uncertain:
			'The exact day comes from the seed article and from reports of a Friday call; the Kremlin readout itself was not seen in the corpus.',
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Pashinian to attend Victory Day celebrations in Moscow',
				url: 'https://azatutyun.am/a/33348158.html'
			},
			{
				publisher: 'Turkiye Scoop',
				title: 'Putin, Pashinyan discuss Armenia-Azerbaijan peace treaty in phone call',
				url: 'https://turkiyescoop.com/putin-pashinyan-discuss-armenia-azerbaijan-peace-treaty-in-phone-call'
			}
		]
	},
	{
		id: 'arm-rus-galuzin-safaryan-consultations-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'RUS',
		start: '2025-03',
		end: '2025-03',
		title: 'Galuzin-Safaryan deputy foreign minister consultations in Moscow',
		summary:
			'Deputy foreign ministers Mnatsakan Safaryan and Mikhail Galuzin reviewed political, security, trade and cultural ties in Moscow; Russia pressed for deeper partnership in Eurasian integration bodies, the 3+3 regional format was discussed, and both sides agreed to keep up ministry-level contacts.',
		uncertain:
			'Only an Armenian-language report without a visible date was found; the seed article dates the talks to 20 March 2025, which could not be confirmed from a dated source.',
		sources: [
			{
				publisher: 'Armlur',
				title:
					'Safaryan and Galuzin exchange views in Moscow (Armenian-language report; headline not captured)',
				url: 'https://armlur.am/1453234'
			}
		]
	},
	{
		id: 'arm-csto-simonyan-criticism-2025',
		type: 'conflict',
		from: 'ARM',
		to: 'CSTO',
		start: '2025-03',
		end: '2025-03',
		title: 'Speaker Simonyan: Armenia will not revise its CSTO stance',
		summary:
			'Parliament Speaker Alen Simonyan said Armenia had nothing to reconsider about the CSTO and that the bloc itself must decide whether it exists and what it has failed to do, while denying reports that Pashinyan had ordered revived cooperation with Russia.',
		uncertain:
			'Found only via an Azerbaijani outlet quoting Armenian media; the exact day (25 March 2025 per the seed article, citing TASS) was not visible.',
		sources: [
			{
				publisher: 'Caliber.az',
				title:
					"Armenian speaker challenges CSTO's effectiveness, stresses need for dialogue with Russia",
				url: 'https://caliber.az/en/post/armenian-speaker-challenges-csto-s-effectiveness-stresses-need-for-dialogue-with-russia'
			}
		]
	},
	{
		id: 'arm-eu-visa-liberalisation-dialogue-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'EU',
		start: '2024-09-09',
		end: null,
		title: 'EU-Armenia visa liberalisation dialogue',
		summary:
			'After EU foreign ministers backed it on 22 July 2024, the Commission and Armenia launched a visa liberalisation dialogue in Yerevan on 9 September 2024; it entered an operational phase in December 2024 with scoping visits planned for early 2025, and visa-free travel depends on meeting all benchmarks.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'UNN',
				title: 'EU and Armenia start talks on visa-free regime',
				url: 'https://unn.ua/en/news/eu-and-armenia-start-talks-on-visa-free-regime',
				date: '2024-09-10'
			},
			{
				publisher: 'Hyetert (Massis Post)',
				title: 'Armenia Welcomes EU Visa Liberalization Dialogue',
				url: 'https://hyetert.org/2024/07/22/armenia-welcomes-eu-visa-liberalization-dialogue/',
				date: '2024-07-22'
			},
			{
				publisher: 'Famagusta Gazette',
				title: 'European Union and Armenia enter operational phase of visa liberalisation dialogue',
				url: 'https://famagusta-gazette.com/european-union-and-armenia-enter-operational-phase-of-visa-liberalisation-dialogue/',
				date: '2024-12-15'
			}
		]
	},
	{
		id: 'fra-arm-bastion-2023',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2023',
		end: null,
		title: 'France supplies Bastion armoured personnel carriers to Armenia',
		summary:
			'A French Senate report said 24 Arquus Bastion APCs were being delivered to Armenia in late 2023 with 26 more in production, for 50 in total; reports in May 2024 described the first batch as delivered and a second of similar size due that summer. Yerevan did not officially confirm the deliveries.',
		status: 'delivered',
		systems: ['Bastion APC'],
		value: '50 vehicles (French Senate report)',
		sources: [
			{
				publisher: 'Massis Post',
				title: 'French Senators Recommend Delivering More Defense Weapons to Armenia',
				url: 'https://massispost.com/2023/12/french-senators-recommend-delivering-more-defense-weapons-to-armenia/',
				date: '2023-12-04'
			},
			{
				publisher: 'Trend',
				title: 'France continues to actively arm Armenia',
				url: 'https://en.trend.az/world/3904602.html',
				date: '2024-05-27'
			}
		]
	},
	{
		id: 'fra-arm-gm200-radars-2023',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2023-10-23',
		end: null,
		title: 'Armenia buys three Thales GM200 air-defence radars',
		summary:
			"During Defence Minister Papikyan's Paris visit, Armenia signed a contract with Thales for three Ground Master 200 radars, alongside a Safran night-vision deal; French media reported the radars being shipped in February 2024, and reports said some of the French hardware had arrived by the time Lecornu visited that month.",
		status: 'delivered',
		systems: ['Thales GM200'],
		value: '3 radars',
		sources: [
			{
				publisher: 'Massis Post (AFP)',
				title: 'France Announces Sale of Defensive Weapons to Armenia',
				url: 'https://massispost.com/2023/10/france-announces-sale-of-defensive-weapons-to-armenia/',
				date: '2023-10-23'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'French defence minister in Armenia (GM200 shipment report; headline not captured)',
				url: 'https://azatutyun.am/a/32831203.html'
			},
			{
				publisher: 'Aba Kanews (Azatutyun)',
				title: 'Armenia, France Sign Another Arms Deal',
				url: 'https://abakanews.org/news/armenia-and-artsakh/armenia-france-sign-another-arms-deal'
			}
		]
	},
	{
		id: 'fra-arm-mistral-loi-2023',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2023-10-23',
		end: null,
		title: 'Letter of intent on French Mistral air-defence missiles for Armenia',
		summary:
			'France and Armenia signed a letter of intent, involving Thales and MBDA, on the future supply of Mistral short-range air-defence missiles, with French training of Armenian air-defence personnel.',
		status: 'announced',
		systems: ['Mistral'],
		uncertain:
			'Sources found describe only a letter of intent and ongoing negotiations; no signed contract or delivery was confirmed.',
		sources: [
			{
				publisher: 'Massis Post (AFP)',
				title: 'France Announces Sale of Defensive Weapons to Armenia',
				url: 'https://massispost.com/2023/10/france-announces-sale-of-defensive-weapons-to-armenia/',
				date: '2023-10-23'
			},
			{
				publisher: 'AzTV',
				title: 'France continues to arm Armenia',
				url: 'https://www.aztv.az/en/news/27831/france-continues-to-arm-armenia'
			}
		]
	},
	{
		id: 'fra-arm-caesar-2024',
		type: 'arms',
		from: 'FRA',
		to: 'ARM',
		start: '2024-06-18',
		end: null,
		title: 'Armenia orders CAESAR self-propelled howitzers from France',
		summary:
			'Defence Minister Lecornu announced a contract for KNDS CAESAR 155 mm self-propelled howitzers after meeting Papikyan at Eurosatory; officials gave no number, but Le Figaro and Forces Operations Blog reported 36 units to be delivered within 15 months.',
		status: 'ordered',
		systems: ['CAESAR'],
		uncertain:
			'Quantity (36) and delivery timeline come from French press reports, not from either government.',
		sources: [
			{
				publisher: 'RFE/RL',
				title: 'France to sell CAESAR howitzers to Armenia (headline not captured)',
				url: 'https://rferl.org/amp/armenia-france-defense-russia-azerbaijan-howitzer/32997862.html'
			},
			{
				publisher: 'The Star (Reuters)',
				title: 'France says it will sell CAESAR howitzers to Armenia',
				url: 'https://www.thestar.com.my/news/world/2024/06/18/france-says-it-will-sell-caesar-howitzers-to-armenia',
				date: '2024-06-18'
			},
			{
				publisher: 'Kierunek Kaukaz',
				title: 'Armenia: nowa umowa zbrojeniowa z Francją',
				url: 'https://kierunekkaukaz.pl/2024/07/01/armenia-nowa-umowa-zbrojeniowa-z-francja/',
				date: '2024-07-01'
			}
		]
	},
	{
		id: 'fra-arm-lecornu-visit-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'FRA',
		start: '2024-02-22',
		end: '2024-02-23',
		title: 'First visit by a French defence minister to Armenia',
		summary:
			'Sebastien Lecornu made the first visit by a French armed forces minister to Armenia, meeting Papikyan and Pashinyan and signing several defence and military cooperation agreements, a day after Macron met Pashinyan in Paris.',
		status: 'signed',
		sources: [
			{
				publisher: 'Libération',
				title:
					'Visite de Sébastien Lecornu en Arménie : quelle coopération de défense entre Paris et Erevan ?',
				url: 'https://www.staging.libe.io/international/europe/visite-de-sebastien-lecornu-en-armenie-quelle-cooperation-de-defense-entre-paris-et-erevan-20240223_ISNC7MCRQVFVDLZODZK6CNWMEA',
				date: '2024-02-23'
			},
			{
				publisher: 'Yahoo News (RFI)',
				title: 'France ups military ties with Armenia',
				url: 'https://news.yahoo.com/france-ups-military-ties-armenia-172048608.html',
				date: '2024-02-22'
			}
		]
	},
	{
		id: 'ind-arm-swathi-2020',
		type: 'arms',
		from: 'IND',
		to: 'ARM',
		start: '2020-03',
		end: null,
		title: 'India sells four Swathi weapon-locating radars to Armenia',
		summary:
			'Indian government sources disclosed a USD 40 million contract for four DRDO/BEL Swathi weapon-locating radars, chosen over Russian and Polish offers; supplies began in 2020 and Indian reports describe it as the start of India-Armenia arms ties.',
		status: 'delivered',
		systems: ['Swathi WLR'],
		value: 'USD 40 million (4 radars)',
		sources: [
			{
				publisher: 'RWR Advisory',
				title:
					'Armenian Selection of Indian Defense Radar Systems is Symbolic Step Away from Russian Dominance',
				url: 'https://www.rwradvisory.com/armenian-selection-of-indian-defense-radar-systems-is-symbolic-step-away-from-russian-dominance/'
			},
			{
				publisher: 'Massis Post (India Narrative)',
				title: 'Defense Cooperation Between Armenia and India Expected to Get Major Uplift',
				url: 'https://massispost.com/2022/10/defense-cooperation-between-armenia-and-india-expected-to-get-major-uplift-india-narrative/',
				date: '2022-10-24'
			}
		]
	},
	{
		id: 'ind-arm-pinaka-2022',
		type: 'arms',
		from: 'IND',
		to: 'ARM',
		start: '2022-09',
		end: null,
		title: 'Armenia buys Pinaka multiple rocket launchers from India',
		summary:
			'Armenia became the first foreign buyer of the DRDO Pinaka MBRL under a 2022 deal that RFE/RL put at USD 245 million together with anti-tank rockets and ammunition; Indian defence sources said the first launchers were supplied in November 2024, with guided rockets following later.',
		status: 'delivered',
		systems: ['Pinaka MBRL'],
		value: 'USD 245 million (Pinaka, anti-tank rockets and ammunition, reported)',
		uncertain:
			'Contract values and dates come from press reports; Yerevan has not officially confirmed the details.',
		sources: [
			{
				publisher: 'LatestLY (ANI)',
				title: 'India Starts Exporting Pinaka Weapon Systems to Armenia',
				url: 'https://www.latestly.com/agency-news/india-news-india-starts-exporting-pinaka-weapon-systems-to-armenia-6441882.html',
				date: '2024-11-24'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenian, Indian Militaries Mull Closer Ties',
				url: 'https://www.azatutyun.am/a/32304085.html'
			}
		]
	},
	{
		id: 'ind-arm-akash-2023',
		type: 'arms',
		from: 'IND',
		to: 'ARM',
		start: '2023',
		end: null,
		title: 'India exports first Akash air-defence battery, reportedly to Armenia',
		summary:
			'After reports in 2023 of an Armenian order for the medium-range Akash SAM, Bharat Electronics flagged off the first Akash battery for export to a "friendly foreign country" on 11 November 2024, which Indian defence sources identified as Armenia.',
		status: 'delivered',
		systems: ['Akash SAM'],
		uncertain:
			'BEL did not name the recipient; Armenia is identified by unnamed defence sources and media, and the order date is reported only loosely (2023).',
		sources: [
			{
				publisher: 'Business Standard',
				title: 'India dispatches first Akash air defence missile battery for export: BEL',
				url: 'https://business-standard.com/external-affairs-defence-security/news/india-dispatches-first-akash-air-defence-missile-battery-for-export-bel-124111201017_1.html'
			},
			{
				publisher: 'ETV Bharat',
				title: 'India ships first Akash missile system battery to Armenia, boosts defence ties',
				url: 'https://www.etvbharat.com/en/!international/india-ships-first-akash-missile-system-battery-to-armenia-boosts-defence-ties-enn24111207033',
				date: '2024-11-12'
			}
		]
	},
	{
		id: 'ind-arm-atags-2022',
		type: 'arms',
		from: 'IND',
		to: 'ARM',
		start: '2022-11',
		end: null,
		title: 'Armenia orders Indian ATAGS 155 mm towed howitzers',
		summary:
			'Indian media reported a USD 155 million deal signed in November 2022 for 155 mm howitzers; later reports say six ATAGS guns were delivered in 2023 and that Armenia ordered or sought about 84 more in 2024. Sources disagree on whether the USD 155 million covers the first order or the follow-on one.',
		status: 'delivered',
		systems: ['ATAGS'],
		value: 'USD 155 million (reported)',
		uncertain: 'Yerevan has not confirmed the deal; figures and quantities differ between reports.',
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenia to post military attaché in India (headline not captured)',
				url: 'https://azatutyun.am/amp/32417740.html'
			},
			{
				publisher: 'Greek City Times',
				title: 'Armenia ATAGS artillery system',
				url: 'https://greekcitytimes.com/2024/03/14/armenia-atags-artillery-system',
				date: '2024-03-14'
			}
		]
	},
	{
		id: 'rus-arm-102nd-base-gyumri',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1995',
		end: null,
		title: 'Russian 102nd military base at Gyumri',
		summary:
			"Russia keeps its 102nd military base at Gyumri under a 1995 bilateral treaty; a protocol signed in August 2010 during Medvedev's visit extended the term from 25 to 49 years, to 2044, with automatic five-year renewals. In February 2024 Pashinyan said the base rests on a separate bilateral legal framework from the CSTO, which Yerevan had not taken up.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Army Technology',
				title: 'Russia ratifies protocol to extend Armenian military base (headline not captured)',
				url: 'https://www.army-technology.com/news/news122566-html/'
			},
			{
				publisher: 'Caucasian Knot',
				title: 'Russian military base granted new territories in Gyumri',
				url: 'https://www.eng.kavkaz-uzel.eu/articles/31233'
			},
			{
				publisher: 'Asbarez',
				title: 'Armenia Has Frozen Participation in CSTO, Angering Moscow',
				url: 'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/',
				date: '2024-02-23'
			}
		]
	},
	{
		id: 'rus-arm-border-guards-1992',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1992-09-30',
		end: null,
		title: "Russian FSB border guards on Armenia's borders with Turkey and Iran",
		summary:
			"Under a 30 September 1992 agreement, Russian border troops guard Armenia's borders with Turkey and Iran. From 1 January 2025 Armenian border guards joined them on those borders, and Russian guards left the Zvartnots airport and Armenia-Iran checkpoint posts.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Pravda.ru',
				title: 'Putin agrees to withdraw Russian border guards from Armenia-Iran border',
				url: 'https://english.pravda.ru/news/world/160853-armenia-azerbaijan-iran/',
				date: '2024-10-08'
			},
			{
				publisher: 'Turan',
				title: 'Russian border guards will leave the border between Armenia and Iran',
				url: 'https://turan.az/en/politics/russian-border-guards-will-leave-the-border-between-armenia-and-iran-785492',
				date: '2024-10-08'
			}
		]
	},
	{
		id: 'rus-arm-zvartnots-border-guards-ended-2024',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1992',
		end: '2024-07-31',
		title: "Russian border guards leave Yerevan Zvartnots airport at Armenia's request",
		summary:
			'In March 2024 Yerevan told Moscow it no longer needed Russian border guards at Zvartnots airport, where they had served since 1992; Moscow called it unfriendly, but they handed over the checkpoint on 31 July 2024 and Armenian guards took sole control from 1 August.',
		status: 'ended',
		sources: [
			{
				publisher: 'Politico Europe',
				title:
					'Armenia tells Russian border guards to leave Yerevan airport (headline not captured)',
				url: 'https://www.politico.eu/article/armenia-foreign-minister-ararat-mirzoyan-russia-border-guards-yerevan-zvartnots-airport/'
			},
			{
				publisher: 'MENAFN (Ukrinform)',
				title: "Russian Border Guards Leave Yerevan's Zvartnots Airport At Armenia's Request",
				url: 'https://menafn.com/1108503630/Russian-Border-Guards-Leave-Yerevans-Zvartnots-Airport-At-Armenias-Request',
				date: '2024-08-01'
			}
		]
	},
	{
		id: 'rus-arm-agarak-checkpoint-ended-2024',
		type: 'mission',
		from: 'RUS',
		to: 'ARM',
		start: '1992',
		end: '2024-12-30',
		title: 'Russian border guards hand Armenia-Iran Agarak checkpoint to Armenia',
		summary:
			'Following a Putin-Pashinyan agreement of 8 October 2024, Russian border guards vacated the Agarak crossing, the only official Armenia-Iran checkpoint; Pashinyan said Armenian guards held sole responsibility from 30 December 2024, while Russian guards stay on the Turkish border alongside Armenians.',
		status: 'ended',
		uncertain:
			'Start year is approximate: sources say Russian guards served there since 1991 or under the 1992 border agreement.',
		sources: [
			{
				publisher: 'Turan',
				title: 'Russian Border Guards Leave Key Post on Armenia-Iran Border',
				url: 'https://turan.az/en/politics/russian-border-guards-leave-key-post-on-armenia-iran-border-788778'
			},
			{
				publisher: 'Sakartvelos Ambebi',
				title: 'Russian border guards to withdraw from Armenian-Iranian border next year',
				url: 'https://sakartvelosambebi.ge/en/news/russian-border-guards-to-withdraw-from-armenian-iranian-border-next-year'
			}
		]
	},
	{
		id: 'rus-arm-iskander-2016',
		type: 'arms',
		from: 'RUS',
		to: 'ARM',
		start: '2016',
		end: null,
		title: 'Russia supplies Iskander-E ballistic missile systems to Armenia',
		summary:
			"Armenia displayed Russian-made Iskander-E missile systems at its 21 September 2016 independence parade; President Sargsyan said they were supplied by Russia to balance the regional military situation, and the defence minister said they belong to Armenia's armed forces.",
		status: 'delivered',
		systems: ['Iskander-E'],
		sources: [
			{
				publisher: 'PanARMENIAN.Net',
				title: 'Independence Day parade: Iskander, Smerch systems, tricolor sky',
				url: 'https://www.panarmenian.net/eng/news/221306/'
			},
			{
				publisher: 'Caucasian Knot',
				title: 'Armenian Defence Minister finds use of "Iskanders" possible',
				url: 'https://caucasianknot.org/articles/38524',
				date: '2017-02-22'
			}
		]
	},
	{
		id: 'rus-arm-su30sm-2019',
		type: 'arms',
		from: 'RUS',
		to: 'ARM',
		start: '2019-01',
		end: null,
		title: 'Armenia buys four Su-30SM fighters from Russia',
		summary:
			'A contract for four Su-30SM multirole fighters was signed in January 2019 (reviving a 2012 deal that never took effect); the jets were delivered in December 2019 and entered combat duty in July 2020. Pashinyan later said the jets had been bought without ammunition.',
		status: 'delivered',
		systems: ['Su-30SM'],
		value: '4 aircraft',
		sources: [
			{
				publisher: 'UrduPoint (Sputnik)',
				title:
					'Armenia To Proceed With Purchase Of Russian Su-30SM Planes As Planned - Defense Ministry',
				url: 'https://www.urdupoint.com/en/world/armenia-to-proceed-with-purchase-of-russian-s-1016495.html',
				date: '2020-08-31'
			},
			{
				publisher: 'Vzglyad (TASS)',
				title: 'Глава Минобороны Армении Папикян высоко оценил российские истребители Су-30СМ',
				url: 'https://vz.ru/news/2026/1/13/1386701.html',
				date: '2026-01-13'
			}
		]
	},
	{
		id: 'arm-csto-membership-1992',
		type: 'treaty',
		from: 'ARM',
		to: 'CSTO',
		start: '1992-05-15',
		end: null,
		title: 'Armenia a founding party to the Collective Security Treaty and CSTO',
		summary:
			'Armenia signed the Collective Security Treaty in Tashkent on 15 May 1992 and was among the six states that signed the charter creating the CSTO on 7 October 2002.',
		status: 'frozen',
		sources: [
			{
				publisher: 'R Discovery (abstract)',
				title: 'Collective Security Treaty Organization (article abstract)',
				url: 'https://discovery.researcher.life/article/------------/2ba29cc89c56366b99490dc0f9359b32'
			},
			{
				publisher: 'Washington Times (topic page, from Wikipedia)',
				title: 'Topic - Collective Security Treaty Organization',
				url: 'https://www.washingtontimes.com/topics/collective-security-treaty-organization/'
			}
		]
	},
	{
		id: 'arm-csto-freeze-2024',
		type: 'conflict',
		from: 'ARM',
		to: 'CSTO',
		start: '2024-02-22',
		end: null,
		title: 'Armenia freezes its participation in the CSTO',
		summary:
			'Pashinyan told France 24 that Armenia had in practice frozen its participation in the Russian-led CSTO because the bloc failed its obligations in 2021-2022; Moscow asked for clarification. In May 2024 Armenia said it would no longer help fund the bloc, and in June 2024 Pashinyan said it would leave at a time of its choosing.',
		status: 'frozen',
		sources: [
			{
				publisher: 'Asbarez',
				title: 'Armenia Has Frozen Participation in CSTO, Angering Moscow',
				url: 'https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/',
				date: '2024-02-23'
			},
			{
				publisher: 'Novaya Gazeta Europe',
				title:
					'Armenia suspends participation in Russian-led Collective Security Treaty Organisation',
				url: 'https://novayagazeta.eu/articles/2024/02/23/armenia-suspends-participation-in-russian-led-collective-security-treaty-organisation-en-news'
			},
			{
				publisher: 'European Pravda',
				title: 'Russia withdraws its ambassador in Armenia for consultations',
				url: 'https://www.pravda.com.ua/eng/news/2024/05/24/7457511/',
				date: '2024-05-24'
			},
			{
				publisher: 'CBC (Ukraine)',
				title: 'Lukashenko has finally "broken pots" in relations with Armenia?',
				url: 'https://cbc.org.ua/en/post/lukashenko-has-finally-broken-pots-in-relations-with-armenia'
			}
		]
	},
	{
		id: 'arm-eaeu-accession-2015',
		type: 'treaty',
		from: 'ARM',
		to: 'EAEU',
		start: '2015-01-02',
		end: null,
		title: 'Armenia joins the Eurasian Economic Union',
		summary:
			'Armenia signed its EAEU accession treaty in Minsk on 10 October 2014 after abandoning an EU association deal in 2013, and became a full member on 2 January 2015. In 2025 Russia warned that pursuing EU membership would mean leaving the EAEU.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Asbarez (RFE/RL)',
				title: "Putin Confirms Armenia's Entry to Eurasian Union",
				url: 'https://asbarez.com/130136/putin-confirms-armenias-entry-to-eurasian-union/'
			},
			{
				publisher: 'Ragmamoul',
				title: 'Armenia Becomes Member of the Eurasian Economic Union',
				url: 'https://ragmamoul.net/news-in-english/2015/01/02/armenia-becomes-member-of-the-eurasian-economic-union/',
				date: '2015-01-02'
			},
			{
				publisher: 'Ukrainian World Congress',
				title: 'Armenian parliament approves start of EU accession process',
				url: 'https://ukrainianworldcongress.org/armenian-parliament-approves-start-of-eu-accession-process',
				date: '2025-03-26'
			}
		]
	},
	{
		id: 'rus-arm-gazprom-gas',
		type: 'energy',
		from: 'RUS',
		to: 'ARM',
		start: '1997',
		end: null,
		title: 'Gazprom supplies and distributes gas in Armenia (Gazprom Armenia)',
		summary:
			'Gazprom is the sole exporter of gas to Armenia (supplying at least 80 percent of its gas, per RFE/RL in 2016) and serves consumers through its subsidiary Gazprom Armenia; its Armenian venture ArmRosgazprom dates from 1997. The border price rose from USD 150 to 165 per 1,000 m3 in 2019, and Yerevan has repeatedly sought cuts.',
		status: 'in-force',
		sources: [
			{
				publisher: 'The Messenger (Georgia)',
				title: 'Armenia to pay European rates for gas from 2011',
				url: 'http://www.messenger.com.ge/issues/1694_september_19_2008/1694_econ_three.html',
				date: '2008-09-19'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenia seeks lower Russian gas price (headline not captured)',
				url: 'https://azatutyun.am/a/27617528.html'
			},
			{
				publisher: 'Agenzia Nova',
				title:
					'Speciale energia: Russia-Armenia, accordo su estensione forniture gas ma solo per primo trimestre 2021',
				url: 'https://www.agenzianova.com/a/5fedd4ca35ab81.41837010/3254418/2020-12-31/speciale-energia-russia-armenia-accordo-su-estensione-forniture-gas-ma-solo-per-primo-trimestre-2021',
				date: '2020-12-31'
			}
		]
	},
	{
		id: 'arm-rus-icc-rome-statute-2023',
		type: 'conflict',
		from: 'ARM',
		to: 'RUS',
		start: '2023-10-03',
		end: null,
		title: 'Armenia joins the ICC despite Russian objections',
		summary:
			"Armenia's parliament ratified the Rome Statute on 3 October 2023 and it entered into force for Armenia on 1 February 2024, obliging Yerevan in principle to arrest Putin under the ICC warrant; Moscow called it an unfriendly step that directly damages relations.",
		sources: [
			{
				publisher: 'TASS',
				title: 'Armenia to become full member of ICC on February 1, 2024 — statement',
				url: 'https://tass.com/world/1707803/amp'
			},
			{
				publisher: 'Kyiv Independent',
				title: 'Armenia formally joins ICC',
				url: 'https://kyivindependent.com/armenia-formally-joins-icc'
			}
		]
	},
	{
		id: 'arm-eu-cepa-2017',
		type: 'treaty',
		from: 'ARM',
		to: 'EU',
		start: '2017-11-24',
		end: null,
		title: 'EU-Armenia Comprehensive and Enhanced Partnership Agreement (CEPA)',
		summary:
			"CEPA, negotiated after Armenia dropped its EU association deal to join the EAEU, was signed in Brussels on 24 November 2017 and fully entered into force on 1 March 2021; it covers political dialogue, sectoral cooperation and trade compatible with Armenia's EAEU commitments.",
		status: 'in-force',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Armenia to implement new partnership agreement with EU',
				url: 'https://oc-media.org/armenia-to-implement-new-partnership-agreement-with-eu/',
				date: '2021-02-12'
			},
			{
				publisher: 'Aravot',
				title:
					'Armenia and the EU initial Comprehensive and Enhanced Partnership Agreement (headline not captured)',
				url: 'https://en.aravot.am/2017/03/22/192036',
				date: '2017-03-22'
			}
		]
	},
	{
		id: 'eu-arm-monitoring-capacity-2022',
		type: 'mission',
		from: 'EU',
		to: 'ARM',
		start: '2022-10-20',
		end: '2022-12-19',
		title: 'EU Monitoring Capacity (EUMCAP) on the Armenian side of the border',
		summary:
			'Following the 6 October 2022 Prague quadrilateral meeting, the EU Council decided on 17 October to send up to 40 monitors drawn from EUMM Georgia to the Armenian side of the border with Azerbaijan; the capacity was operational from 20 October, ran 176 patrols and ended on 19 December 2022.',
		status: 'ended',
		sources: [
			{
				publisher: 'EIN Presswire (Council of the EU)',
				title:
					'Armenia: EU establishes civilian mission to contribute to stability in border areas',
				url: 'https://www.einpresswire.com/article/612893224/armenia-eu-establishes-civilian-mission-to-contribute-to-stability-in-border-areas',
				date: '2023-01-23'
			},
			{
				publisher: 'Asbarez',
				title: "EU Monitoring Mission Already in Armenia, Says Europe's Top Diplomat",
				url: 'https://asbarez.com/eu-monitoring-mission-already-in-armenia-says-europes-top-diplomat/',
				date: '2022-10-17'
			}
		]
	},
	{
		id: 'eu-arm-euma-2023',
		type: 'mission',
		from: 'EU',
		to: 'ARM',
		start: '2023-02-20',
		end: null,
		title: 'EU Mission in Armenia (EUMA) civilian border monitoring',
		summary:
			"Established by the Council on 23 January 2023 at Armenia's request and launched on 20 February 2023 with headquarters in Yeghegnadzor, the unarmed CSDP mission patrols the Armenian side of the border with Azerbaijan; it grew to about 200 staff and in January 2025 its mandate was extended to 19 February 2027 with over EUR 44 million.",
		status: 'ongoing',
		value: 'over EUR 44 million (Feb 2025-Feb 2027 budget)',
		sources: [
			{
				publisher: 'Hyetert (TASS)',
				title: 'EU launches civilian mission in Armenia — Council of European Union statement',
				url: 'https://hyetert.org/2023/02/20/eu-launches-civilian-mission-in-armenia-council-of-european-union-statement/',
				date: '2023-02-20'
			},
			{
				publisher: 'ANSA',
				title: "L'Ue rinnova la missione di osservazione in Armenia",
				url: 'https://www.ansa.it/europa/notizie/rubriche/altrenews/2025/01/30/lue-rinnova-la-missione-di-osservazione-in-armenia_240cc83b-4402-4a1f-b011-66a7835fdaf3.html',
				date: '2025-01-30'
			}
		]
	},
	{
		id: 'eu-arm-epf-10m-2024',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2024-07-22',
		end: null,
		title: 'First European Peace Facility package for Armenia: EUR 10 million',
		summary:
			'After Hungary lifted an earlier veto, the EU Council adopted its first European Peace Facility assistance measure for the Armenian armed forces, funding a deployable tent camp with a medical facility for a battalion-sized unit to improve logistics and civilian protection.',
		status: 'in-force',
		value: 'EUR 10 million',
		sources: [
			{
				publisher: 'A News (Anadolu)',
				title: "EU approves $10.8M assistance package to support Armenia's military",
				url: 'https://anews.com.tr/european-union/2024/07/22/eu-approves-108m-assistance-package-to-support-armenias-military',
				date: '2024-07-22'
			},
			{
				publisher: 'EU-East',
				title: 'Armenia to receive €10 million from EU European Peace Facility',
				url: 'http://eu-east.com/world-news/armenia-to-receive-10-million-from-eu-european-peace-facility'
			}
		]
	},
	{
		id: 'eu-arm-epf-20m-2026',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2026-01-28',
		end: null,
		title: 'Second European Peace Facility package for Armenia: EUR 20 million',
		summary:
			"Kallas proposed a second non-lethal EPF measure in 2025; after Hungary dropped its veto, EU member states approved EUR 20 million in January 2026 for medical equipment and technical training for Armenia's armed forces over 35 months.",
		value: 'EUR 20 million',
		uncertain:
			'Approval date is from media reports of 28 January 2026; no Council press release was seen.',
		sources: [
			{
				publisher: 'Anews',
				title: 'EU approves €20 million in aid for Armenia as monitoring mission continues',
				url: 'https://anewz.tv/region/south-caucasus/17646/eu-approves-eur20-million-aid-for-armenia-from-peace-facility/news'
			},
			{
				publisher: 'CivilNet',
				title: 'EU proposes second non-lethal assistance measure for Armenia',
				url: 'https://civilnet5.rssing.com/chan-77005708/article1058.html'
			}
		]
	},
	{
		id: 'arm-eu-accession-law-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'EU',
		start: '2025-03-26',
		end: null,
		title: 'Armenian law declares start of EU accession process',
		summary:
			"Parliament passed a citizen-initiated law announcing the start of Armenia's EU accession process by 64 votes to 7 on 26 March 2025, and President Khachaturyan signed it on 4 April; officials said it is not a formal membership application, and Russia warned EU membership is incompatible with the EAEU.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Politico Europe',
				title: 'Armenian parliament adopts law to launch EU membership process',
				url: 'https://www.politico.eu/article/armenia-adopts-law-launch-european-union-accession-process/',
				date: '2025-03-26'
			},
			{
				publisher: 'Massis Post',
				title: "President Khachaturyan Signs Law Initiating Armenia's EU Accession Process",
				url: 'https://massispost.com/2025/04/president-khachaturyan-signs-law-initiating-armenias-eu-accession-process/'
			},
			{
				publisher: 'Ukrainian World Congress',
				title: 'Armenian parliament approves start of EU accession process',
				url: 'https://ukrainianworldcongress.org/armenian-parliament-approves-start-of-eu-accession-process',
				date: '2025-03-26'
			}
		]
	},
	{
		id: 'eu-arm-resilience-growth-plan-2024',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2024-04-05',
		end: '2027',
		title: 'EU Resilience and Growth Plan for Armenia: EUR 270 million',
		summary:
			'At an EU-US-Armenia meeting in Brussels, von der Leyen announced a EUR 270 million grant package for 2024-2027 (EUR 200 million grants plus EUR 70 million to leverage investment) for the economy, connectivity, the Black Sea electricity cable and aviation and nuclear safety.',
		status: 'announced',
		value: 'EUR 270 million in grants (2024-2027)',
		sources: [
			{
				publisher: 'EU4Business',
				title: 'EU announces new €270 million Resilience and Growth package for Armenia',
				url: 'https://eu4business.am/en/news/eu-announces-new-270-million-resilience-and-growth-package-for-armenia/'
			},
			{
				publisher: 'Interfax',
				title:
					'EU to allot 270 mln euros in grants to Armenia over next 4 years - European Commission president',
				url: 'https://interfax.com/newsroom/top-stories/101112/',
				date: '2024-04-05'
			}
		]
	},
	{
		id: 'usa-arm-aid-65m-2024',
		type: 'aid',
		from: 'USA',
		to: 'ARM',
		start: '2024-04-05',
		end: null,
		title: 'US pledges over USD 65 million for Armenia',
		summary:
			'At the Brussels EU-US-Armenia meeting, Secretary Blinken said the US planned over USD 65 million in FY2023 assistance for Armenia, up more than 50 percent on two years earlier, for reforms, energy and trade diversification and displaced Karabakh Armenians.',
		status: 'announced',
		value: 'over USD 65 million (FY2023 funds)',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title: 'Blinken announces over $65 million in assistance to Armenia',
				url: 'https://en.armradio.am/2024/04/05/blinken-announces-over-65-million-in-assistance-to-armenia/',
				date: '2024-04-05'
			},
			{
				publisher: 'VOA Editorials',
				title: 'Transatlantic support for Armenia (headline not captured)',
				url: 'https://editorials.voa.gov/a/7565543.html'
			}
		]
	},
	{
		id: 'arm-eu-usa-brussels-meeting-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'EU',
		parties: ['USA'],
		start: '2024-04-05',
		end: '2024-04-05',
		title: 'EU-US-Armenia high-level meeting in Brussels',
		summary:
			"Pashinyan met von der Leyen, Borrell and Blinken in Brussels in a trilateral meeting on Armenia's resilience, where the EU and US announced new aid packages; Blinken later told Congress the talks were meant to decide what more both could do for Armenia.",
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title:
					'EU to provide 270 million euros in grants to Armenia, invest in key infrastructure projects: von der Leyen',
				url: 'https://en.armradio.am/2024/04/05/eu-to-provide-270-million-euros-in-grants-to-armenia-invest-in-key-infrastructure-projects-von-der-leyen/',
				date: '2024-04-05'
			},
			{
				publisher: 'Alphanews',
				title: 'Secretary Blinken: US wants to increase assistance to Armenia',
				url: 'https://alphanews.am/en/secretary-blinken-us-wants-to-increase-assistance-to-armenia',
				date: '2024-05-23'
			}
		]
	},
	{
		id: 'eu-arm-humanitarian-karabakh-2023',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2023-10-05',
		end: null,
		title: 'EU doubles humanitarian aid after Karabakh exodus',
		summary:
			'At the Granada summit, von der Leyen added EUR 5.25 million in emergency aid for about 100,000 displaced Karabakh Armenians to EUR 5.2 million already pledged, plus EUR 15 million in budget support and an EU4Peace top-up.',
		status: 'announced',
		value:
			'EUR 5.25 million extra humanitarian aid (on top of EUR 5.2 million) and EUR 15 million budget support',
		sources: [
			{
				publisher: 'EEAS',
				title: 'Commission outlines further support measures for Armenia',
				url: 'https://www.eeas.europa.eu/delegations/japan/commission-outlines-further-support-measures-armenia_en',
				date: '2023-10-05'
			}
		]
	},
	{
		id: 'usa-arm-eagle-partner-2023',
		type: 'mission',
		from: 'USA',
		to: 'ARM',
		start: '2023-09-11',
		end: '2023-09-20',
		title: 'Eagle Partner 2023: first US-Armenia peacekeeping exercise',
		summary:
			"About 85 US soldiers, including Kansas National Guard troops, trained with 175 Armenian peacekeepers at Zar and Armavir to prepare Armenia's peacekeeping brigade for NATO evaluation; the Kremlin and Lavrov voiced concern.",
		status: 'ended',
		sources: [
			{
				publisher: 'Vestnik Kavkaza',
				title: 'Exercise Eagle Partner 2023 started in Armenia (headline not captured)',
				url: 'https://en.vestikavkaza.ru/material/163416',
				date: '2023-09-11'
			},
			{
				publisher: 'Pravda.ru',
				title: 'US-Armenia Eagle Partner war games: Moscow not afraid of losing Yerevan as ally',
				url: 'https://english.pravda.ru/news/world/157618-us_armenia_eagle_partner/',
				date: '2023-09-11'
			}
		]
	},
	{
		id: 'usa-arm-eagle-partner-2024',
		type: 'mission',
		from: 'USA',
		to: 'ARM',
		start: '2024-07-15',
		end: '2024-07-24',
		title: 'Eagle Partner 2024 US-Armenia exercise',
		summary:
			"The second Eagle Partner exercise brought Armenia's peacekeeping brigade together with US Army Europe and Africa and the Kansas National Guard to practise stabilisation tasks in a peacekeeping scenario.",
		status: 'ended',
		sources: [
			{
				publisher: 'TASS',
				title: 'Armenian-US Eagle Partner 2024 exercise kicks off (headline not captured)',
				url: 'https://tass.com/world/1817097',
				date: '2024-07-15'
			},
			{
				publisher: 'Massis Post',
				title: 'Armenia to Host Joint Military Exercise With the United States',
				url: 'https://massispost.com/2024/07/armenia-to-host-joint-military-exercise-with-the-united-states/',
				date: '2024-07-06'
			}
		]
	},
	{
		id: 'irn-arm-gas-for-electricity',
		type: 'energy',
		from: 'IRN',
		to: 'ARM',
		start: '2009',
		end: '2030',
		title: 'Iran-Armenia gas-for-electricity swap',
		summary:
			'Under a 2004 deal that took effect in 2009, Iran pipes gas to Armenia, which turns it into electricity at a Yerevan power plant and sends power back to Iran; in August 2023 the arrangement, due to end in 2026, was extended to 2030 with larger volumes.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Massis Post',
				title: 'Armenia, Iran Extend Natural Gas for Electricity Swap Deal Until 2030',
				url: 'https://massispost.com/2023/08/armenia-iran-extend-natural-gas-for-electricity-swap-deal-until-2030/'
			},
			{
				publisher: 'Tasnim',
				title: 'Iran, Armenia Weigh Plans for Gas-Electricity Barter Deal',
				url: 'http://wi.tasnimnews.com/en/news/2020/12/28/2419940/iran-armenia-weigh-plans-for-gas-electricity-barter-deal',
				date: '2020-12-28'
			}
		]
	},
	{
		id: 'irn-arm-north-south-road-2023',
		type: 'energy',
		from: 'ARM',
		to: 'IRN',
		start: '2023-10-23',
		end: null,
		title: 'Iranian firms to build Agarak-Kajaran section of North-South highway',
		summary:
			"An Iranian consortium signed a contract in Yerevan, in the presence of Iran's roads minister, to build the 32 km Agarak-Kajaran stretch of Armenia's North-South highway from the Iranian border, with bridges and tunnels, co-financed by Armenia and the Eurasian Development Bank.",
		status: 'signed',
		sources: [
			{
				publisher: 'News.am',
				title:
					'Iran ready to help Armenian construction companies enter its market (headline not captured)',
				url: 'https://news.am/eng/news/788410.html',
				date: '2023-10-23'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title:
					'Iranian companies to build road section in southern Armenia (headline not captured)',
				url: 'https://azatutyun.am/a/32650233.html'
			}
		]
	},
	{
		id: 'irn-arm-corridor-opposition-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'IRN',
		start: '2024-07-30',
		end: '2024-07-30',
		title: 'Khamenei backs Armenia against an extraterritorial corridor through Syunik',
		summary:
			'Meeting Pashinyan in Tehran, Supreme Leader Khamenei said Iran sees the "Zangezur corridor" sought by Azerbaijan as harmful to Armenia and stressed Armenia\'s territorial integrity; in September 2024 Iranian officials called the corridor a red line and Armenian leaders thanked Tehran.',
		sources: [
			{
				publisher: 'Aravot',
				title: 'Khamenei reaffirms opposition to corridor through Armenia (headline not captured)',
				url: 'https://en.aravot.am/2024/07/31/351767',
				date: '2024-07-31'
			},
			{
				publisher: 'Mirror-Spectator (Azatutyun)',
				title: 'Armenian Leaders Thank Iran for Opposing Azeri Corridor',
				url: 'https://mirrorspectator.com/2024/09/10/armenian-leaders-thank-iran-for-opposing-azeri-corridor/',
				date: '2024-09-10'
			}
		]
	},
	{
		id: 'grc-cyp-arm-trilateral-defence',
		type: 'treaty',
		from: 'ARM',
		to: 'GRC',
		parties: ['CYP'],
		start: '2022-05-10',
		end: null,
		title: 'Armenia-Greece-Cyprus trilateral military cooperation programmes',
		summary:
			'Armenia, Greece and Cyprus sign annual bilateral and trilateral military cooperation plans covering special forces training, peacekeeping, military medicine, education and exercises: a trilateral action plan in Yerevan in May 2022, plans for 2024 in December 2023 and for 2025 in Athens in December 2024.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Armenian Ministry of Defence',
				title: 'Armenia-Greece-Cyprus trilateral cooperation planning consultations were held',
				url: 'https://mil.am/en/news/10618',
				date: '2022-05-10'
			},
			{
				publisher: 'Armenian Club (Greek City Times)',
				title: 'Greece, Cyprus and Armenia sign tripartite military cooperation plan for 2024',
				url: 'https://armenianclub.com/2023/12/21/greece-cyprus-and-armenia-sign-tripartite-military-cooperation-plan-for-2024/amp',
				date: '2023-12-20'
			},
			{
				publisher: 'Massis Post',
				title:
					'Armenia-Greece and Armenia-Greece-Cyprus Defense Cooperation Programs for 2025 Signed in Athens',
				url: 'https://massispost.com/2024/12/armenia-greece-and-armenia-greece-cyprus-defense-cooperation-programs-for-2025-signed-in-athens/'
			}
		]
	},
	{
		id: 'geo-arm-upper-lars-transit',
		type: 'energy',
		from: 'ARM',
		to: 'GEO',
		parties: ['RUS'],
		start: '2016',
		end: null,
		title: "Georgia as Armenia's land route to Russia via Upper Lars",
		summary:
			"The Upper Lars crossing on the Georgian-Russian border is Armenia's only land road to Russia and the EAEU, carrying most Armenian cargo; closures by mudslides and snow (e.g. in 2016) have pushed Yerevan to seek alternative routes across Georgia.",
		status: 'in-force',
		uncertain:
			'A continuing dependency rather than a dated agreement; the start year marks the earliest reporting found, not the beginning of the route.',
		sources: [
			{
				publisher: 'EVN Report',
				title: "Upper Lars: Armenia's Lifeline",
				url: 'https://evnreport.com/economy/upper-lars-armenias-lifeline'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenia Seeks Alternative Russia Trade Routes After Mudslide In Georgia',
				url: 'https://azatutyun.am/amp/27831029.html'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: "Armenia, Georgia 'Agree' On New Trade Routes To Russia",
				url: 'https://azatutyun.am/amp/28330548.html'
			}
		]
	},
	{
		id: 'arm-chn-strategic-partnership-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'CHN',
		start: '2025-08-31',
		end: null,
		title: 'Armenia and China establish a strategic partnership',
		summary:
			"Xi Jinping and Pashinyan announced a strategic partnership in Tianjin before the SCO summit, adopting a joint declaration; China backed Armenia's sovereignty, its Crossroads of Peace project and SCO membership bid, while Armenia reaffirmed the One China principle.",
		status: 'signed',
		sources: [
			{
				publisher: "People's Daily (Xinhua)",
				title: 'China, Armenia establish strategic partnership',
				url: 'http://en.people.cn/n3/2025/0831/c90000-20359614.html',
				date: '2025-08-31'
			},
			{
				publisher: 'Massis Post',
				title: 'Armenia and China Establish Strategic Partnership',
				url: 'https://massispost.com/2025/08/armenia-and-china-establish-strategic-partnership/',
				date: '2025-08-31'
			}
		]
	},
	{
		id: 'arm-ukr-humanitarian-aid-2023',
		type: 'aid',
		from: 'ARM',
		to: 'UKR',
		start: '2023-09-05',
		end: null,
		title: 'Armenia sends its first humanitarian aid to Ukraine',
		summary:
			"In September 2023 Armenia sent humanitarian aid to Ukraine for the first time since Russia's full-scale invasion, with Pashinyan's wife Anna Hakobyan attending the first ladies summit in Kyiv; in February 2024 the government sent about 10 tonnes of medicines to Ukrainian military hospitals.",
		status: 'delivered',
		sources: [
			{
				publisher: 'The Armenian Report',
				title:
					'Armenia Sends Humanitarian Aid to Ukraine for the First Time Since Ongoing Russia-Ukraine War',
				url: 'https://www.thearmenianreport.com/post/armenia-sends-humanitarian-aid-to-ukraine-for-the-first-time-since-ongoing-russia-ukraine-war'
			},
			{
				publisher: 'Alphanews',
				title: 'Армения отправила на Украину очередную партию гуманитарной помощи',
				url: 'https://alphanews.am/ru/armeniya-otpravila-na-ukrainu-ocheredn',
				date: '2024-02-09'
			}
		]
	},
	{
		id: 'arm-blr-rupture-2024',
		type: 'conflict',
		from: 'ARM',
		to: 'BLR',
		start: '2024-06-13',
		end: null,
		title: "Pashinyan boycotts Belarus over Lukashenko's 2020 war remarks",
		summary:
			"After Lukashenko said in Baku he had known of and backed Azerbaijan's plans before the 2020 war, Pashinyan told parliament neither he nor any Armenian official would visit Belarus while Lukashenko is president; both countries recalled their ambassadors for consultations.",
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Pashinian vows never to visit Belarus under Lukashenko (headline not captured)',
				url: 'https://azatutyun.am/a/32991670.html'
			},
			{
				publisher: 'EADaily',
				title: 'Пашинян: пока Лукашенко не извинится, ни один армянский чиновник не посетит Минск',
				url: 'https://eadaily.com/ru/ampnews/2024/06/13/pashinyan-poka-lukashenko-ne-izvinitsya-ni-odin-armyanskiy-chinovnik-ne-posetit-minsk',
				date: '2024-06-13'
			}
		]
	},
	{
		id: 'arm-gbr-strategic-dialogue-2023',
		type: 'diplomacy',
		from: 'ARM',
		to: 'GBR',
		start: '2023-11-13',
		end: null,
		title: 'Armenia-UK Strategic Dialogue launched in London',
		summary:
			'Foreign Minister Mirzoyan and UK Europe Minister Leo Docherty held the first Armenia-UK Strategic Dialogue in London, adopting a joint statement on governance, border management support and expanding defence cooperation such as training of Armenian personnel.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Armenian MFA',
				title:
					'Joint statement following the first session of Armenia-United Kingdom strategic dialogue',
				url: 'https://mfa.am/en/press-releases/2023/11/14/js_uk/12328',
				date: '2023-11-14'
			},
			{
				publisher: 'Armenian MFA',
				title:
					'The meeting between the Minister of Foreign Affairs of Armenia and the UK Minister for Europe',
				url: 'https://mfa.am/en/press-releases/2023/11/13/GB_Mirzoyan/12322',
				date: '2023-11-13'
			}
		]
	},
	{
		id: 'arm-deu-strategic-agenda-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'DEU',
		start: '2025-12',
		end: null,
		title: 'Armenia-Germany declaration on a bilateral strategic agenda',
		summary:
			"During Pashinyan's December 2025 visit to Berlin, he and Chancellor Merz signed a non-binding joint declaration on a strategic agenda for bilateral partnership, covering political dialogue, security, countering cyber threats and disinformation, and economic ties; it followed President Steinmeier's first-ever presidential visit to Armenia in March-April 2025.",
		status: 'signed',
		uncertain:
			'Sources differ on whether the signing was on 8 or 9 December 2025, so only the month is given.',
		sources: [
			{
				publisher: 'Hyetert',
				title: 'Germany, Armenia Pledge to Strengthen Ties, Sign Join Declaration',
				url: 'https://hyetert.org/2025/12/09/germany-armenia-pledge-to-strengthen-ties-sign-join-declaration/',
				date: '2025-12-09'
			},
			{
				publisher: 'Caliber.az',
				title: 'Armenian defence minister embarks on working visit to Germany',
				url: 'https://caliber.az/en/post/armenian-defence-minister-embarks-on-working-visit-to-germany'
			},
			{
				publisher: 'Mirror-Spectator',
				title: 'Pashinyan in Berlin Meets Leaders, Answers Questions from Public',
				url: 'https://mirrorspectator.com/2025/12/18/pashinyan-in-berlin-meets-leaders-answers-questions-from-public',
				date: '2025-12-18'
			}
		]
	},
	{
		id: 'deu-arm-defence-cooperation-2025',
		type: 'treaty',
		from: 'ARM',
		to: 'DEU',
		start: '2025-10-29',
		end: null,
		title: 'Armenia and Germany agree defence cooperation programme for 2026',
		summary:
			'Bilateral defence consultations in Yerevan on 28-29 October 2025 reviewed cooperation and agreed the 2026 programme, expanding defence cooperation in several areas and stressing work within NATO and EU frameworks.',
		status: 'signed',
		sources: [
			{
				publisher: 'Massis Post',
				title: 'Armenia and Germany Agree to Expand Cooperation in the Field of Defense',
				url: 'https://massispost.com/2025/10/armenia-and-germany-agree-to-expand-cooperation-in-the-field-of-defense/',
				date: '2025-10-31'
			}
		]
	},
	{
		id: 'ind-arm-cds-visit-2026',
		type: 'diplomacy',
		from: 'ARM',
		to: 'IND',
		start: '2026-02-01',
		end: '2026-02-04',
		title: 'First visit of an Indian Chief of Defence Staff to Armenia',
		summary:
			'General Anil Chauhan made the first official visit by an Indian CDS to Armenia, meeting Defence Minister Papikyan and Chief of General Staff Asryan on planned 2026 cooperation, training and exercises, and opening an IT lab at the Vazgen Sargsyan Military Academy.',
		sources: [
			{
				publisher: 'Mirror-Spectator (CivilNet)',
				title:
					"India's Chief of Defense Staff Visits Armenia as Yerevan and New Delhi Discuss Military Cooperation",
				url: 'https://mirrorspectator.com/?p=217459'
			},
			{
				publisher: 'Raksha Samachar',
				title: 'पहली बार आर्मेनिया पहुंचे CDS जनरल अनिल चौहान, डिफेंस डील्स और ट्रेनिंग पर फोकस',
				url: 'https://www.rakshasamachar.com/defence-news/cds-anil-chauhan-armenia-visit-india-defence-ties',
				date: '2026-02-02'
			}
		]
	},
	{
		id: 'irn-arm-joint-border-exercise-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'IRN',
		start: '2025-04-09',
		end: '2025-04-10',
		title: 'First Armenia-Iran joint military exercise on their border',
		summary:
			'Armenian special forces and IRGC units of the 31st Ashura Division held the first joint drills along the 44 km Armenia-Iran border, each on its own territory, simulating responses to terrorist attacks on border checkpoints.',
		sources: [
			{
				publisher: 'Massis Post',
				title:
					'Main Goal of Iran-Armenia Joint Military Exercises is Border Security Enhancement: IRGC Official',
				url: 'https://massispost.com/2025/04/main-goal-of-iran-armenia-joint-military-exercises-is-border-security-enhancement-irgc-official/'
			},
			{
				publisher: 'ANF',
				title: 'Iran and Armenia hold joint military exercises',
				url: 'https://anfenglish.com/news/iran-and-armenia-hold-joint-military-exercises-78835'
			}
		]
	},
	{
		id: 'rus-arm-ambassador-recall-2024',
		type: 'conflict',
		from: 'ARM',
		to: 'RUS',
		start: '2024-05-24',
		end: null,
		title: 'Russia recalls its ambassador from Yerevan for consultations',
		summary:
			"Moscow summoned Ambassador Sergei Kopyrkin home without explanation two days after Pashinyan said two CSTO members had helped Azerbaijan prepare the 2020 war, amid Armenia's halt to CSTO funding.",
		sources: [
			{
				publisher: 'Massis Post',
				title: 'Russia Recalls Ambassador to Armenia for Consultations',
				url: 'https://massispost.com/2024/05/russia-recalls-ambassador-to-armenia-for-consultations/'
			},
			{
				publisher: 'European Pravda',
				title: 'Russia withdraws its ambassador in Armenia for consultations',
				url: 'https://www.pravda.com.ua/eng/news/2024/05/24/7457511/',
				date: '2024-05-24'
			}
		]
	},
	{
		id: 'arm-eu-first-summit-2026',
		type: 'diplomacy',
		from: 'ARM',
		to: 'EU',
		start: '2026-05-05',
		end: '2026-05-05',
		title: 'First EU-Armenia summit held in Yerevan',
		summary:
			"Announced by Mirzoyan at the December 2025 Partnership Council, the first bilateral EU-Armenia summit took place in Yerevan after the 8th European Political Community summit, with Costa and von der Leyen expected; reports framed it as part of Armenia's turn toward EU membership.",
		uncertain:
			'Dates differ in sources (5 May per the Armenian foreign ministry, 3-4 May in one report), and outcome details were found only in low-quality aggregators, so none are included.',
		sources: [
			{
				publisher: 'Wikipedia',
				title: '2026 EU–Armenia summit',
				url: 'https://en.wikipedia.org/wiki/2026_EU%E2%80%93Armenia_summit'
			},
			{
				publisher: 'Report.az',
				title: 'Mirzoyan on first Armenia-EU summit in Yerevan (Russian; headline not captured)',
				url: 'https://report.az/ru/v-regione/mirzoyan-pervyj-sammit-armeniya-es-projdet-v-erevane-vesnoj-2026-goda',
				date: '2025-12-02'
			},
			{
				publisher: 'Hanna AI News',
				title: 'Armenia hosts first bilateral summit with the EU (headline not captured)',
				url: 'https://news.hanna-ai.com/en/article/armenia-eu-bilateral-summit'
			}
		]
	},
	{
		id: 'arm-rus-undelivered-arms-dispute-2022',
		type: 'conflict',
		from: 'ARM',
		to: 'RUS',
		start: '2022-09',
		end: null,
		title: 'Dispute over USD 400 million of paid-for Russian arms not delivered',
		summary:
			'From September 2022 Pashinyan and officials complained that an ally had not delivered weapons Armenia had paid for; in late 2023 the deputy defence minister put the post-2020 contracts at USD 400 million with nothing received, and Pashinyan floated debt relief instead. In January 2024 the defence ministry said most issues were settled and lawmakers reported a first batch had arrived.',
		value: 'USD 400 million (contracts, per Armenian deputy defence minister)',
		uncertain:
			'Russia has not confirmed the contracts or their content; reports of partial delivery in 2024 are unspecific.',
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: "Armenian Official Sheds Light On 'Weapons Not Supplied By Russia'",
				url: 'https://azatutyun.am/a/32713283.html'
			},
			{
				publisher: 'Massis Post',
				title: 'Delayed Russian Arms Shipments to Armenia Mostly Resolved',
				url: 'https://massispost.com/2024/01/delayed-russian-arms-shipments-to-armenia-mostly-resolved/'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Armenia to post military attaché in India (headline not captured)',
				url: 'https://azatutyun.am/amp/32417740.html'
			}
		]
	}
];
