import type { Link } from '../types';

export const azerbaijanLinks: Link[] = [
	{
		id: 'isr-aze-iai-arms-deal-2012',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2012',
		end: null,
		title: 'Israel confirms USD 1.6 billion IAI arms sale to Azerbaijan',
		summary:
			"Israeli defence officials confirmed deals under which state-run Israel Aerospace Industries would sell Azerbaijan drones and anti-aircraft and missile-defence systems. The sale came amid Azerbaijani-Iranian tension and was described as bringing Israeli technology to Iran's doorstep.",
		status: 'signed',
		systems: ['UAVs', 'anti-aircraft systems', 'missile-defence systems'],
		value: 'USD 1.6 billion (deals confirmed by Israeli officials)',
		uncertain:
			'The confirming officials spoke anonymously and gave no public contract details; the exact signing date is not stated in the sources seen.',
		sources: [
			{
				publisher: 'Ynetnews',
				title: 'Israel inks $1.6 billion arms deal with Azerbaijan',
				url: 'https://www.ynetnews.com/articles/0,7340,L-4195081,00.html'
			},
			{
				publisher: 'The Jerusalem Post',
				title: 'Israel officials confirm $1.6b. Azeri defense deal',
				url: 'https://www.jpost.com/defense/israel-officials-confirm-16b-azeri-defense-deal'
			}
		]
	},
	{
		id: 'isr-aze-arms-contracts-5bn-2016',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2016-12-13',
		end: null,
		title: 'Aliyev reveals USD 4.85 billion in Israeli arms contracts',
		summary:
			"During Benjamin Netanyahu's visit to Baku, President Aliyev said Azerbaijan had signed contracts with Israeli companies for defence equipment worth about USD 4.85 billion, most of them already executed. Days later Azerbaijan's defence-industry minister announced an agreement to acquire Israel's Iron Dome.",
		status: 'delivered',
		systems: ['Iron Dome (announced)', 'UAVs', 'radars'],
		value: 'USD 4.85 billion (cumulative contracts, per Aliyev)',
		uncertain:
			'The figure is a cumulative total stated by Aliyev, not a single contract; no battery numbers, price or delivery schedule were disclosed for the Iron Dome deal.',
		sources: [
			{
				publisher: 'Behold Israel (Israeli GPO report)',
				title: 'Netanyahu travels to Azerbaijan, meets with President Aliyev',
				url: 'http://beholdisrael.org/news-israel/news/netanyahu-travels-azerbaijan-meets-president-aliyev'
			},
			{
				publisher: 'TV7 Israel News',
				title:
					'Netanyahu: ‘Israel-Azerbaijan ties, a beacon of tolerance and hope between Judaism and Islam’',
				url: 'https://www.tv7israelnews.com/netanyahu-israel-azerbaijan-ties-is-a-beacon-of-tolerance-and-hope-between-judaism-and-islam/'
			},
			{
				publisher: 'BICOM',
				title: 'Netanyahu meets Azerbaijan President, hails close ties',
				url: 'https://www.bicom.org.uk/news/netanyahu-meets-azerbaijan-president-hails-close-ties/'
			},
			{
				publisher: 'Konflikty.pl',
				title: 'Iron Dome trafi do Azerbejdżanu',
				url: 'http://www.konflikty.pl/aktualnosci/wiadomosci/iron-dome-trafi-do-azerbejdzanu/'
			}
		]
	},
	{
		id: 'isr-aze-harop-loitering-munitions',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2016-04',
		end: null,
		title: 'Israeli Harop loitering munitions used by Azerbaijan',
		summary:
			'An IAI Harop loitering munition was reported in use by Azerbaijan during the April 2016 Karabakh fighting. In 2020 presidential aide Hikmet Hajiyev confirmed Israeli drones were deployed and praised the Harop as very effective.',
		status: 'delivered',
		systems: ['IAI Harop'],
		uncertain:
			'Neither Israel nor Azerbaijan officially disclosed the Harop sale; the 2016 identification rested on video analysis reported by the Washington Post.',
		sources: [
			{
				publisher: 'The Times of Israel',
				title: 'Azerbaijan said using Israeli drones against Armenians',
				url: 'https://www.timesofisrael.com/azerbaijan-said-using-israeli-drones-against-armenians/'
			},
			{
				publisher: 'i24NEWS',
				title: 'Israeli-produced drone allegedly kills seven Armenians in Nagorno-Karabakh',
				url: 'https://www.i24news.tv/en/news/international/108811-160407-israeli-produced-drone-allegedly-kills-seven-armenians-in-nagorno-karabakh'
			},
			{
				publisher: 'The Times of Israel (via defence.pk)',
				title: 'Azerbaijan praises ‘very effective’ Israeli drones in fighting with Armenia',
				url: 'https://defence.pk/pdf/threads/azerbaijan-praises-very-effective-israeli-drones-in-fighting-with-armenia.686595/'
			}
		]
	},
	{
		id: 'isr-aze-lora-missiles-2018',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2018',
		end: null,
		title: 'Israeli LORA quasi-ballistic missiles in Azerbaijani service',
		summary:
			"Azerbaijan is reported to be the first and only confirmed export customer of IAI's LORA long-range quasi-ballistic missile, under a 2018 deal; footage in October 2020 showed a LORA strike on a bridge during the Karabakh war.",
		status: 'delivered',
		systems: ['IAI LORA'],
		uncertain:
			'The sale was not officially announced; sources rely on Azerbaijani media and video footage.',
		sources: [
			{
				publisher: 'Globes',
				title: 'Azerbaijani oil continues flowing to Israel via Turkey',
				url: 'https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929',
				date: '2024-05-05'
			},
			{
				publisher: 'SINDOnews',
				title: 'Azerbaijan Gunakan Rudal LORA Israel dalam Perang dengan Armenia',
				url: 'https://international.sindonews.com/newsread/184736/41/azerbaijan-gunakan-rudal-lora-israel-dalam-perang-dengan-armenia-1601716231',
				date: '2020-10-03'
			}
		]
	},
	{
		id: 'isr-aze-barak-mx-2023',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2023-11',
		end: null,
		title: 'Azerbaijan buys Barak MX air defence from IAI for USD 1.2 billion',
		summary:
			"Azerbaijan bought Israel Aerospace Industries' Barak MX surface-to-air missile system in November 2023 for about USD 1.2 billion; IAI also sold Baku two satellites in October 2023.",
		status: 'ordered',
		systems: ['Barak MX'],
		value: 'USD 1.2 billion (reported)',
		sources: [
			{
				publisher: 'Globes',
				title: 'Azerbaijani oil continues flowing to Israel via Turkey',
				url: 'https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929',
				date: '2024-05-05'
			}
		]
	},
	{
		id: 'isr-aze-sipri-import-share-2016-2020',
		type: 'arms',
		from: 'ISR',
		to: 'AZE',
		start: '2016',
		end: '2020',
		title: "SIPRI: Israel supplied 69% of Azerbaijan's arms imports in 2016-2020",
		summary:
			"SIPRI data put Israel's share of Azerbaijan's major arms imports at 69% in 2016-2020, up from 60% in 2015-19 (Russia 31%) and 43% in 2014-18, when Russia still led with 51%.",
		value: '69% of Azerbaijani major arms imports, 2016-2020 (SIPRI)',
		sources: [
			{
				publisher: 'Iqtisadchi.az',
				title: 'SIPRI: Azərbaycan son illərdə hərbi imkanlarını genişləndirib',
				url: 'https://iqtisadchi.az/sipri-az%c9%99rbaycan-son-ill%c9%99rd%c9%99-h%c9%99rbi-imkanlarini-genisl%c9%99ndirib'
			},
			{
				publisher: 'APA',
				title: "SIPRI: Azerbaijan's arms import increased by 15 percent",
				url: 'https://apa.az/en/xeber/agrarian-industry/sipri-azerbaijans-arms-import-increased-by-15-percent-278673',
				date: '2019-03-11'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: 'SIPRI: Armenia bought almost all of its arms from Russia',
				url: 'http://www.panarmenian.net/eng/news/278787/',
				date: '2020-03-09'
			}
		]
	},
	{
		id: 'aze-isr-oil-via-btc',
		type: 'energy',
		from: 'AZE',
		to: 'ISR',
		parties: ['TUR'],
		start: '2006',
		end: null,
		title: 'Azerbaijani crude to Israel via BTC and Ceyhan',
		summary:
			"Azerbaijani crude shipped through the BTC pipeline is loaded at Turkey's Ceyhan port for Haifa; Israel was the second destination for Azerbaijani oil in January-November 2023 (2.24 million tonnes) and tanker loadings continued after Turkey's May 2024 trade boycott of Israel.",
		status: 'ongoing',
		value: '2.24 million tonnes, USD 1.38 billion (Jan-Nov 2023, per Globes)',
		uncertain:
			'The start year is that of the BTC pipeline, not a documented first cargo to Israel.',
		sources: [
			{
				publisher: 'Globes',
				title: 'Azerbaijani oil continues flowing to Israel via Turkey',
				url: 'https://en.globes.co.il/en/article-Azerbaijani-oil-continues-flowing-to-Israel-via-Turkey-1001477929',
				date: '2024-05-05'
			}
		]
	},
	{
		id: 'aze-isr-embassy-tel-aviv-2023',
		type: 'diplomacy',
		from: 'AZE',
		to: 'ISR',
		start: '2023-03',
		end: '2023-03',
		title: 'Azerbaijan opens its embassy in Tel Aviv',
		summary:
			"Foreign Minister Jeyhun Bayramov inaugurated Azerbaijan's embassy in Tel Aviv with Israeli counterpart Eli Cohen, three decades after ties were established. Israel has had an embassy in Baku since 1993.",
		status: 'in-force',
		sources: [
			{
				publisher: 'IANS via CanIndia',
				title: 'Israel welcomes opening of Azerbaijani embassy in Tel Aviv',
				url: 'https://www.canindia.com/israel-welcomes-opening-of-azerbaijani-embassy-in-tel-aviv/',
				date: '2023-03-30'
			},
			{
				publisher: 'Arab Daily Digital (Asian Lite News)',
				title: 'Azerbaijan opens Tel Aviv embassy, Israel welcomes move',
				url: 'https://arabdailydigital.com/2023/top-news/azerbaijan-opens-tel-aviv-embassy-israel-welcomes-move',
				date: '2023-03-30'
			}
		]
	},
	{
		id: 'aze-tur-shusha-declaration-2021',
		type: 'treaty',
		from: 'AZE',
		to: 'TUR',
		start: '2021-06-15',
		end: null,
		title: 'Shusha Declaration on Allied Relations',
		summary:
			"Presidents Aliyev and Erdogan signed in Shusha a declaration raising ties to an alliance, including a pledge of mutual assistance under the UN Charter if either faces a threat or aggression. It was ratified by Azerbaijan's parliament on 1 February 2022 and Turkey's on 3 February 2022.",
		status: 'in-force',
		sources: [
			{
				publisher: 'BUZB',
				title: 'Shusha Declaration: the second anniversary of the historical document',
				url: 'https://buzb.uz/en/news/shusha-declaration-the-second'
			},
			{
				publisher: 'Report.az',
				title: 'One year passes since signing of Shusha Declaration',
				url: 'https://report.az/en/domestic-politics/one-year-passes-since-signing-of-shusha-declaration/',
				date: '2022-06-15'
			}
		]
	},
	{
		id: 'aze-tur-strategic-partnership-treaty-2010',
		type: 'treaty',
		from: 'AZE',
		to: 'TUR',
		start: '2010-08-16',
		end: null,
		title: 'Strategic partnership and mutual assistance treaty',
		summary:
			'Presidents Aliyev and Gül signed the Agreement on Strategic Partnership and Mutual Support on 16 August 2010: each side will support the other using all possibilities if attacked. Azerbaijan ratified it in December 2010 (sources give the 21st or 22nd) and Turkey on 2 February 2011; military cooperation dates back to a 1992 agreement on military education.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Wikipedia',
				title: 'Agreement on Strategic Partnership and Mutual Support',
				url: 'https://en.wikipedia.org/wiki/Agreement_on_Strategic_Partnership_and_Mutual_Support'
			},
			{
				publisher: 'Azernews',
				title: 'Azerbaijan, Turkey start joint military exercises',
				url: 'https://www.azernews.az/nation/93749.html',
				date: '2016-03-07'
			}
		]
	},
	{
		id: 'tur-aze-recognition-1991',
		type: 'diplomacy',
		from: 'AZE',
		to: 'TUR',
		start: '1991-11-09',
		end: '1991-11-09',
		title: "Turkey first to recognise Azerbaijan's independence",
		summary:
			'Turkey became the first state to recognise restored Azerbaijani independence on 9 November 1991, and diplomatic relations followed on 14 January 1992. The two sides describe their ties with the motto "one nation, two states".',
		status: 'in-force',
		sources: [
			{
				publisher: 'TRT World',
				title: 'Türkiye congratulates Azerbaijan on Restoration of Independence Day',
				url: 'https://www.trtworld.com/article/15449760',
				date: '2023-10-18'
			},
			{
				publisher: 'SIA.az',
				title: 'Envoy: May Turkey-Azerbaijan brotherhood last forever',
				url: 'https://sia.az/en/news/politics/922812.html'
			}
		]
	},
	{
		id: 'tur-aze-bayraktar-tb2-2020',
		type: 'arms',
		from: 'TUR',
		to: 'AZE',
		start: '2020-06',
		end: null,
		title: 'Turkey supplies Bayraktar TB2 armed drones to Azerbaijan',
		summary:
			"In June 2020 Azerbaijan's defence minister said Baku was acquiring Turkish armed drones, with the Bayraktar TB2 named by Turkish sources; in October 2020 Aliyev publicly acknowledged using Turkish drones against Armenian forces in the Karabakh war.",
		status: 'delivered',
		systems: ['Bayraktar TB2', 'MAM-L'],
		sources: [
			{
				publisher: 'Defense News',
				title: 'Azerbaijan to buy armed drones from Turkey',
				url: 'https://www.defensenews.com/unmanned/2020/06/25/azerbaijan-to-buy-armed-drones-from-turkey/',
				date: '2020-06-25'
			},
			{
				publisher: 'Middle East Eye',
				title: 'Turkish armed drones used against Armenia, Azerbaijan confirms',
				url: 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones'
			}
		]
	},
	{
		id: 'aze-tur-support-2020-war',
		type: 'diplomacy',
		from: 'AZE',
		to: 'TUR',
		start: '2020-07',
		end: '2020-11',
		title: 'Turkish military and diplomatic backing in the 2020 war',
		summary:
			'After the July 2020 Tovuz clashes Turkey moved from rhetoric to open military and diplomatic support for Baku, holding a joint drill in August and supplying drones and munitions used in the 44-day war. Some in Ankara speculated that Turkey left military staff in Azerbaijan after the drill.',
		status: 'ended',
		uncertain:
			'The presence of Turkish personnel after the August 2020 drills is reported as speculation in the sources.',
		sources: [
			{
				publisher: 'Insight Turkey',
				title:
					'The Role of Turkish Drones in Azerbaijan’s Increasing Military Effectiveness: An Assessment of the Second Nagorno-Karabakh War',
				url: 'https://www.insightturkey.com/turkey-southeastern-europe/eu/issues/2021/23/article/the-role-of-turkish-drones-in-azerbaijans-increasing-military-effectiveness-an-assessment-of-the-second-nagorno-karabakh-war'
			},
			{
				publisher: 'Middle East Eye',
				title: 'Turkish armed drones used against Armenia, Azerbaijan confirms',
				url: 'http://www.middleeasteye.net/news/armenia-azerbaijan-conflict-turkey-drones'
			}
		]
	},
	{
		id: 'tur-aze-turaz-qartali-exercises',
		type: 'mission',
		from: 'TUR',
		to: 'AZE',
		start: '2015-09',
		end: null,
		title: 'Regular TurAz joint air force exercises',
		summary:
			'Turkish and Azerbaijani air forces have held joint drills since the first TurAz Qartali exercise in Azerbaijan in September 2015, with further rounds such as TurAz Shahini-2016 and TurAz Qartali 2022 (5-16 September 2022).',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Azernews',
				title: 'Azerbaijan, Turkey start joint military exercises',
				url: 'https://www.azernews.az/nation/93749.html',
				date: '2016-03-07'
			},
			{
				publisher: 'World Bulletin',
				title: 'Türkiye, Azerbaijan start joint military drill',
				url: 'https://worldbulletin.dunyabulteni.net/general/turkiye-azerbaijan-start-joint-military-drill-h214484.html',
				date: '2022-09-05'
			}
		]
	},
	{
		id: 'aze-tur-pak-trilateral-baku-2017',
		type: 'diplomacy',
		from: 'AZE',
		to: 'TUR',
		parties: ['PAK'],
		start: '2017-11-30',
		end: null,
		title: 'Azerbaijan-Turkey-Pakistan trilateral format launched in Baku',
		summary:
			"The first trilateral foreign ministers' meeting adopted a Baku statement backing each other's territorial integrity and pledging defence and security cooperation; the second round in Islamabad on 13 January 2021 produced the Islamabad Declaration, with mutual support on Karabakh, Cyprus and Kashmir.",
		status: 'ongoing',
		sources: [
			{
				publisher: 'Trend',
				title: 'Baku Statement of Azerbaijani, Turkish, Pakistani FMs adopted',
				url: 'https://en.trend.az/azerbaijan/politics/2828779.html',
				date: '2017-11-30'
			},
			{
				publisher: 'Dawn',
				title:
					'Pakistan, Turkey, Azerbaijan resolve to enhance cooperation, continue mutual support on national issues',
				url: 'https://www.dawn.com/news/1601304/pakistan-turkey-azerbaijan-resolve-to-enhance-cooperation-continue-mutual-support-on-national-issues',
				date: '2021-01-13'
			},
			{
				publisher: 'Hurriyet Daily News',
				title: 'Turkey, Pakistan, Azerbaijan vow to deepen ties',
				url: 'https://hurriyetdailynews.com/amp/turkey-azerbaijan-pakistan-issue-joint-declaration-161620'
			}
		]
	},
	{
		id: 'aze-tur-pak-parliaments-baku-declaration',
		type: 'diplomacy',
		from: 'AZE',
		to: 'TUR',
		parties: ['PAK'],
		start: '2021-07-27',
		end: '2021-07-27',
		title: 'Speakers of three parliaments sign Baku Declaration',
		summary:
			'The parliament speakers of Azerbaijan, Turkey and Pakistan signed a Baku Declaration after their first trilateral meeting in Baku, aiming to institutionalise the three-way format; the Turkish speaker recalled Turkish and Pakistani support for Baku in the 2020 war.',
		uncertain:
			"A later Daily Sabah article dates the speakers' Baku Declaration to July 2022; the contemporaneous Azernews report gives 27 July 2021.",
		sources: [
			{
				publisher: 'Azernews',
				title: 'Azerbaijan, Turkey, Pakistan sign Baku Declaration',
				url: 'https://www.azernews.az/nation/181599.html',
				date: '2021-07-27'
			},
			{
				publisher: 'Daily Sabah',
				title: 'Erdogan holds trilateral talks with Azerbaijani, Pakistani leaders',
				url: 'https://www.dailysabah.com/politics/diplomacy/erdogan-holds-trilateral-talks-with-azerbaijani-pakistani-leaders',
				date: '2024-07-03'
			},
			{
				publisher: 'Siasat.pk',
				title:
					'Pakistan, Turkey, and Azerbaijan sign Baku Declaration, agree to enhance ties and cooperation',
				url: 'https://blog.siasat.pk/pakistan-turkey-and-azerbaijan-sign-baku-declaration-agree-to-enhance-ties-and-cooperation/'
			}
		]
	},
	{
		id: 'pak-aze-jf17-2024',
		type: 'arms',
		from: 'PAK',
		to: 'AZE',
		start: '2024-02',
		end: null,
		title: 'Pakistan sells JF-17C Block III fighters to Azerbaijan',
		summary:
			'Pakistan concluded its largest-ever defence export, reported at USD 1.6 billion, covering JF-17C Block III fighters, munitions and pilot training for Azerbaijan; Pakistani officials said in February 2025 that the first batch would arrive soon.',
		status: 'ordered',
		systems: ['JF-17C Block III'],
		value: 'USD 1.6 billion (initial deal, reported)',
		uncertain:
			'The deal was reported from Pakistani sources rather than announced in full by either government; the number of aircraft is not officially confirmed.',
		sources: [
			{
				publisher: 'Republic World',
				title:
					'Pakistan inks its biggest-ever defence deal for JF-17 Block III worth $1.6 billion with Azerbaijan',
				url: 'https://www.republicworld.com/defence/global-defence-news/pakistan-inks-its-biggest-ever-defence-deal-for-jf-17-block-iii-worth-16-billion-with-azerbaijan/',
				date: '2024-02-23'
			},
			{
				publisher: 'News.az',
				title: 'Azerbaijan set to receive first batch of JF-17 Thunder jets from Pakistan soon',
				url: 'https://news.az/news/azerbaijan-set-to-receive-first-batch-of-jf-17-thunder-jets-from-pakistan-soon',
				date: '2025-02-25'
			}
		]
	},
	{
		id: 'pak-aze-non-recognition-armenia',
		type: 'diplomacy',
		from: 'AZE',
		to: 'PAK',
		start: '1991',
		end: null,
		title: 'Pakistan withholds recognition of Armenia in support of Azerbaijan',
		summary:
			'Pakistan has not recognised Armenia or established diplomatic relations with it, citing the occupation of Azerbaijani territory; Aliyev thanked Islamabad for this in 2021, and Azerbaijan in turn backs Pakistan on Kashmir.',
		status: 'ongoing',
		uncertain:
			'No formal start date exists; 1991 marks the Soviet collapse, from which the policy dates.',
		sources: [
			{
				publisher: 'Trend',
				title:
					'Pakistan is one of a handful of countries without diplomatic relations with Armenia, says President Aliyev',
				url: 'https://en.trend.az/azerbaijan/politics/3389871.html',
				date: '2021-03-04'
			},
			{
				publisher: 'Rusarminfo (citing Pakistani ambassador)',
				title: 'Пакистан дорожит Азербайджаном и не признает Армению: посол',
				url: 'https://rusarminfo.ru/2017/10/27/pakistan-dorozhit-azerbajdzhanom-i-ne-priznaet-armeniyu-posol/',
				date: '2017-10-27'
			}
		]
	},
	{
		id: 'aze-rus-allied-interaction-declaration-2022',
		type: 'treaty',
		from: 'AZE',
		to: 'RUS',
		start: '2022-02-22',
		end: null,
		title: 'Declaration on Allied Interaction between Azerbaijan and Russia',
		summary:
			'Aliyev and Putin signed in Moscow a 43-point declaration raising ties to an allied level. It provides for military-political cooperation, arms supplies and possible mutual military assistance under the UN Charter, and builds on the 1997 friendship treaty and 2008 strategic partnership declaration.',
		status: 'signed',
		sources: [
			{
				publisher: 'AZERTAC',
				title:
					'Declaration on allied interaction between the Republic of Azerbaijan and the Russian Federation',
				url: 'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
				date: '2022-02-22'
			},
			{
				publisher: 'Meydan TV',
				title: 'Presidents Aliyev and Putin sign a declaration of alliance in Moscow',
				url: 'https://www.meydan.tv/en/article/presidents-aliyev-and-putin-sign-a-declaration-of-alliance/'
			}
		]
	},
	{
		id: 'aze-rus-friendship-treaty-1997',
		type: 'treaty',
		from: 'AZE',
		to: 'RUS',
		start: '1997-07-03',
		end: null,
		title: 'Treaty of Friendship, Cooperation and Mutual Security',
		summary:
			'Russia and Azerbaijan signed a Treaty of Friendship, Cooperation and Mutual Security on 3 July 1997, followed by a Declaration of Friendship and Strategic Partnership on 3 July 2008; both are named as the basis of the 2022 allied-interaction declaration.',
		status: 'in-force',
		sources: [
			{
				publisher: 'AZERTAC',
				title:
					'Declaration on allied interaction between the Republic of Azerbaijan and the Russian Federation',
				url: 'https://azertag.az/en/xeber/Declaration_on_allied_interaction_between_the_Republic_of_Azerbaijan_and_the_Russian_Federation-2024876',
				date: '2022-02-22'
			}
		]
	},
	{
		id: 'rus-aze-arms-deliveries-2007-2013',
		type: 'arms',
		from: 'RUS',
		to: 'AZE',
		start: '2007',
		end: '2013',
		title: "Russia becomes Azerbaijan's main arms supplier: S-300s, helicopters, artillery",
		summary:
			'Russian data filed with the UN Register showed Azerbaijan bought 72 tanks, 34 armoured vehicles, 456 artillery systems, 37 attack helicopters and 1,200 rockets and missile systems from Russia in 2007-2013. An earlier package the CAST think tank valued at USD 2-3 billion, including S-300 air-defence systems and attack helicopters, was almost fully delivered by mid-2013.',
		status: 'delivered',
		systems: ['S-300', 'attack helicopters', 'tanks', 'artillery'],
		value: 'USD 2-3 billion (CAST estimate for the S-300/helicopter package)',
		uncertain: 'The package value is a think-tank estimate; no contract values were published.',
		sources: [
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Russian Arms Exporters Visit Azerbaijan',
				url: 'http://www.azatutyun.am/a/25428456.html'
			},
			{
				publisher: 'Reuters',
				title: 'Russia starts delivering $1 billion arms package to Azerbaijan',
				url: 'http://www.reuters.com/article/2013/06/18/us-russia-azerbaijan-arms-idUSBRE95H0KM20130618?feedType=RSS&feedName=worldNews',
				date: '2013-06-18'
			}
		]
	},
	{
		id: 'rus-aze-t90-smerch-package-2013',
		type: 'arms',
		from: 'RUS',
		to: 'AZE',
		start: '2013-06',
		end: null,
		title: 'Russia delivers T-90S tanks, Smerch and TOS-1A under 2011-12 contracts',
		summary:
			'Russia began delivering a roughly USD 1 billion package signed in 2011-2012, including about 100 T-90S tanks, BMP-3s, Smerch and TOS-1A rocket launchers and Msta-S and Vena artillery. In August 2013 Aliyev put total military-technical cooperation with Russia at USD 4 billion; a Russian arms-export official later said the whole batch of 100 tanks had been shipped and Baku held an option on 100 more.',
		status: 'delivered',
		systems: ['T-90S', 'BMP-3', 'BM-30 Smerch', 'TOS-1A', '2S19 Msta-S', '2S31 Vena'],
		value: 'about USD 1 billion (package); USD 4 billion total contracts since 2010 (Aliyev, 2013)',
		sources: [
			{
				publisher: 'Reuters',
				title: 'Russia starts delivering $1 billion arms package to Azerbaijan',
				url: 'http://www.reuters.com/article/2013/06/18/us-russia-azerbaijan-arms-idUSBRE95H0KM20130618?feedType=RSS&feedName=worldNews',
				date: '2013-06-18'
			},
			{
				publisher: 'Mirror-Spectator (RIA Novosti)',
				title: 'Russia Ships $1 Billion in Arms to Azerbaijan',
				url: 'https://mirrorspectator.com/2013/06/20/russia-ships-1-billion-in-arms-to-azerbaijan/',
				date: '2013-06-20'
			},
			{
				publisher: 'Asbarez',
				title: 'Russia Says Azerbaijan Eligible for More Tank Sales',
				url: 'http://asbarez.com/123401/russia-says-azerbaijan-eligible-for-more-tank-sales/'
			}
		]
	},
	{
		id: 'rus-aze-gabala-radar-lease',
		type: 'mission',
		from: 'RUS',
		to: 'AZE',
		start: '2002',
		end: '2012-12-10',
		title: 'Russian lease of the Gabala radar station',
		summary:
			'Under a 2002 agreement Russia leased the Soviet-built Daryal early-warning radar at Gabala for ten years at USD 7 million a year. Talks on extension failed over the rent, Russia notified termination of the agreement from 9 December 2012 and ended operations on 10 December 2012.',
		status: 'ended',
		value: 'USD 7 million a year (rent)',
		sources: [
			{
				publisher: 'Ministry of Foreign Affairs of Azerbaijan',
				title:
					'The Statement of the Ministry of Foreign Affairs of Azerbaijan on termination of exploitation of Gabala Radar Station',
				url: 'http://www.mfa.gov.az/en/news/879/1221'
			},
			{
				publisher: 'TASS',
				title: 'Moscow may consider use of Gabala radar in missile defense system',
				url: 'http://tass.com/archive/665163'
			},
			{
				publisher: 'Reuters',
				title: 'Radar to resort - Azerbaijan considers future use for site',
				url: 'http://www.reuters.com/article/us-azerbaijan-russia-radar-idUSBRE8BB1IT20121212',
				date: '2012-12-12'
			}
		]
	},
	{
		id: 'aze-rus-azal-crash-2024',
		type: 'conflict',
		from: 'AZE',
		to: 'RUS',
		start: '2024-12-25',
		end: null,
		title: 'AZAL flight J2-8243 downed near Aktau: Baku blames Russia',
		summary:
			'An Azerbaijan Airlines Embraer 190 flying Baku-Grozny was hit over Russia and crashed near Aktau, Kazakhstan, killing 38 of 67 aboard. Putin apologised on 28 December for the "tragic incident" in Russian airspace without admitting responsibility; Aliyev said the plane was shot at from the ground in Russia, accused Moscow of a cover-up and demanded an admission of guilt, punishment and compensation.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Bangkok Post (AFP)',
				title: 'Azerbaijan says Russia shot at plane before crash, demands it admit',
				url: 'https://www.bangkokpost.com/world/2929460/azerbaijan-says-russia-shot-at-plane-before-crash-demands-it-admit'
			},
			{
				publisher: 'Aviation for Aviators',
				title:
					'Putin Apologized To Azerbaijan President For Azerbaijan Airlines Flight J28243 Being Downed in Russian Airspace',
				url: 'https://aviationforaviators.com/2024/12/28/putin-apologized-for-azerbaijan-airlines-flight-j28243/embed',
				date: '2024-12-28'
			}
		]
	},
	{
		id: 'aze-rus-yekaterinburg-sputnik-rupture-2025',
		type: 'conflict',
		from: 'AZE',
		to: 'RUS',
		start: '2025-06',
		end: null,
		title: 'Yekaterinburg raid deaths trigger Baku-Moscow rupture',
		summary:
			'Two ethnic Azerbaijani brothers died after Russian police raids in Yekaterinburg in late June 2025; Baku called them extrajudicial killings, cancelled Russian cultural events and official visits, and on 30 June police raided Sputnik Azerbaijan and detained its executive director and chief editor, whom Baku described as FSB officers. Moscow summoned Azerbaijan\'s ambassador over the "illegal detention of Russian journalists".',
		status: 'ongoing',
		sources: [
			{
				publisher: 'The Kyiv Independent',
				title:
					"Azerbaijan cancels Russian events over 'extrajudicial killings' of 2 citizens in Russia's Yekaterinburg",
				url: 'https://kyivindependent.com/nobot/azerbaijan-cancels-russian-events-over-extrajudicial-killings-of-2-citizens-in-russias-yekaterinburg/',
				date: '2025-06-29'
			},
			{
				publisher: 'MENAFN (Azernews)',
				title: 'FSB-Linked Staff Detained During Police Raid On Sputnik Azerbaijan Office',
				url: 'https://menafn.com/1109741613/FSB-Linked-Staff-Detained-During-Police-Raid-On-Sputnik-Azerbaijan-Office',
				date: '2025-06-30'
			},
			{
				publisher: 'Türkiye Today',
				title: 'Azerbaijan police raid Russian Sputnik news office',
				url: 'https://www.turkiyetoday.com/region/azerbaijan-police-raid-russian-sputnik-news-office-3203666'
			}
		]
	},
	{
		id: 'rus-aze-putin-admits-azal-2025',
		type: 'diplomacy',
		from: 'AZE',
		to: 'RUS',
		start: '2025-10-09',
		end: '2025-10-09',
		title: 'Putin admits Russian missiles caused the AZAL crash',
		summary:
			"Meeting Aliyev in Dushanbe, Putin acknowledged for the first time that two Russian air-defence missiles fired at a Ukrainian drone exploded metres from the AZAL jet, pledged compensation and a legal assessment of officials' actions, and voiced hope of restoring the alliance.",
		status: 'announced',
		sources: [
			{
				publisher: 'The Independent',
				title: 'Russian missiles downed Azerbaijan Airlines plane, Putin confirms',
				url: 'https://www.independent.co.uk/bulletin/news/russia-putin-azerbaijan-airlines-plane-crash-b2842674.html',
				date: '2025-10-09'
			},
			{
				publisher: 'ABC Media',
				title: 'Highlights from Putin-Aliyev meeting',
				url: 'https://abcmedia.am/en/politics/194041',
				date: '2025-10-09'
			}
		]
	},
	{
		id: 'aze-irn-border-drills-2021',
		type: 'conflict',
		from: 'AZE',
		to: 'IRN',
		start: '2021-10-01',
		end: '2021',
		title: 'Iran stages "Conquerors of Khaybar" drills on Azerbaijan border',
		summary:
			'Iran launched large-scale army exercises in its north-west near Azerbaijan after Baku imposed a road tax on and detained Iranian truck drivers heading to Armenia via Karabakh roads; Tehran said it would not tolerate an Israeli presence near its borders, and analysts read the drills as a message to Israel.',
		status: 'ended',
		sources: [
			{
				publisher: 'The Cradle',
				title: 'Iran launches large-scale military exercises near Azerbaijani border',
				url: 'https://thecradle.co/article-view/2301',
				date: '2021-10-01'
			},
			{
				publisher: 'Atlantic Council',
				title: 'Iranian war games on the border with Azerbaijan were really a message to Israel',
				url: 'https://www.atlanticcouncil.org/blogs/iransource/iranian-war-games-on-the-border-with-azerbaijan-were-really-a-message-to-israel/',
				date: '2021-10-08'
			}
		]
	},
	{
		id: 'aze-irn-embassy-attack-closure-2023',
		type: 'conflict',
		from: 'AZE',
		to: 'IRN',
		start: '2023-01-27',
		end: '2024-07-15',
		title: "Attack on Azerbaijan's embassy in Tehran; mission closed",
		summary:
			"A gunman killed the embassy's head of security and wounded two guards; Aliyev called it terrorism and Baku blamed an anti-Azerbaijani campaign in Iran, while Tehran said the motive was personal. Azerbaijan evacuated staff and suspended the embassy's work until July 2024.",
		status: 'ended',
		sources: [
			{
				publisher: 'Caspian News',
				title: 'Deadly Attack on Azerbaijani Embassy in Iran Leaves One Dead, Two Injured',
				url: 'https://caspiannews.com/news-detail/deadly-attack-on-azerbaijani-embassy-in-iran-leaves-one-dead-two-injured-2023-1-27-0/',
				date: '2023-01-27'
			},
			{
				publisher: 'TRT World',
				title: "Armed attack targets Azerbaijan's embassy in Iran",
				url: 'https://www.trtworld.com/article/12777298',
				date: '2023-01-27'
			},
			{
				publisher: 'Wikipedia',
				title: '2023 attack on the Azerbaijani embassy in Tehran',
				url: 'https://en.wikipedia.org/wiki/2023_attack_on_the_Azerbaijani_embassy_in_Tehran'
			}
		]
	},
	{
		id: 'aze-irn-diplomat-expulsions-2023',
		type: 'conflict',
		from: 'AZE',
		to: 'IRN',
		start: '2023-04-06',
		end: '2023-05-05',
		title: 'Tit-for-tat expulsions of Iranian and Azerbaijani diplomats',
		summary:
			'Azerbaijan declared four Iranian diplomats persona non grata over "provocative actions", a week after opening its embassy in Israel and amid suspicions of Iranian involvement in an attempt on an anti-Tehran MP; Iran expelled four Azerbaijani diplomats from Tehran and Tabriz a month later.',
		status: 'ended',
		sources: [
			{
				publisher: 'The Algemeiner (Reuters)',
				title: 'Azerbaijan Expels Four Iranian Diplomats for ‘Provocative Actions’',
				url: 'https://www.algemeiner.com/2023/04/06/azerbaijan-expels-four-iranian-diplomats-for-provocative-actions/',
				date: '2023-04-06'
			},
			{
				publisher: 'The Jerusalem Post (Reuters)',
				title: 'Iran expels four Azerbaijan diplomats in tit-for-tat move',
				url: 'https://www.jpost.com/international/article-742182',
				date: '2023-05-05'
			}
		]
	},
	{
		id: 'aze-irn-embassy-reopens-2024',
		type: 'diplomacy',
		from: 'AZE',
		to: 'IRN',
		start: '2024-07-15',
		end: '2024-07-15',
		title: 'Azerbaijan reopens its embassy in Tehran',
		summary:
			"After more than a year of negotiations, Azerbaijan's embassy resumed work at a new address in Tehran; the thaw had been marked by the May 2024 dam inauguration with President Raisi.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Hurriyet Daily News (AP)',
				title: 'Azerbaijan reopens its embassy in Iran',
				url: 'https://www.hurriyetdailynews.com/azerbaijan-reopens-its-embassy-in-iran-198502',
				date: '2024-07-15'
			},
			{
				publisher: 'TRT World',
				title: 'Türkiye welcomes reopening of Azerbaijan’s embassy in Iran',
				url: 'https://www.trtworld.com:443/article/18184247',
				date: '2024-07-16'
			}
		]
	},
	{
		id: 'aze-irn-khudafarin-giz-galasi-dams-2024',
		type: 'energy',
		from: 'AZE',
		to: 'IRN',
		start: '2024-05-19',
		end: null,
		title: 'Aliyev and Raisi open Khudafarin and Giz Galasi hydro complexes on the Aras',
		summary:
			'The two presidents met on the border to commission the Khudafarin and inaugurate the Giz Galasi hydroelectric complexes, built for power and irrigation under a 1977 Soviet-Iranian agreement and completed by Iran. Raisi died in a helicopter crash on the way back the same day.',
		status: 'in-force',
		sources: [
			{
				publisher: 'President of Azerbaijan',
				title:
					'Speech by Ilham Aliyev at the ceremony to commission "Khudafarin" hydroelectric complex and inaugurate "Giz Galasi" hydroelectric complex',
				url: 'https://president.az/en/articles/view/65938',
				date: '2024-05-19'
			},
			{
				publisher: 'Azerbaycan24',
				title:
					'Ceremony to commission Khudafarin hydroelectric complex and inaugurate Giz Galasi hydroelectric complex held',
				url: 'https://www.azerbaycan24.com/en/ceremony-to-commission-khudafarin-hydroelectric-complex-and-inaugurate-giz-galasi-hydroelectric-complex-held/'
			},
			{
				publisher: 'Kayhan',
				title: 'Iran, Azerbaijan Inaugurate Major Joint Project',
				url: 'https://kayhan.ir/en/news/127522'
			},
			{
				publisher: 'MENAFN (Azernews)',
				title:
					'Azerbaijan, Iran Review Advancements In Recent Agreements Concerning Hydroelectric Power Facilities',
				url: 'https://menafn.com/1108275442/Azerbaijan-Iran-Review-Advancements-In-Recent-Agreements-Concerning-Hydroelectric-Power-Facilities',
				date: '2024-05-30'
			}
		]
	},
	{
		id: 'aze-irn-aras-corridor',
		type: 'energy',
		from: 'AZE',
		to: 'IRN',
		start: '2022-03',
		end: null,
		title: 'Aras corridor: road and rail link to Nakhchivan via Iran',
		summary:
			'Azerbaijan and Iran signed a memorandum on new road, rail and power links between East Zangezur and Nakhchivan across Iranian territory, bypassing Armenia; the foundation of a road bridge and customs point over the Aras at Aghband was laid on 6 October 2023, with Azerbaijan funding the bridge and Iran building the highway.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'News.az',
				title: 'Azerbaijan and Iran signed memorandum on new communication links',
				url: 'https://news.az/news/azerbaijan-and-iran-signed-memorandum-on-new-communication-links'
			},
			{
				publisher: 'OC Media',
				title: 'Azerbaijan begins construction of corridor to Nakhchivan through Iran',
				url: 'https://oc-media.org/azerbaijan-begins-construction-of-corridor-to-nakhchivan-through-iran'
			},
			{
				publisher: 'Caspian News',
				title: 'Azerbaijan, Iran Break Ground on Cross-Border Highway Bridge',
				url: 'https://caspiannews.com/news-detail/azerbaijan-iran-break-ground-on-cross-border-highway-bridge-2023-10-7-0/',
				date: '2023-10-07'
			}
		]
	},
	{
		id: 'aze-rus-irn-north-south-corridor',
		type: 'energy',
		from: 'AZE',
		to: 'RUS',
		parties: ['IRN'],
		start: '2016-08-08',
		end: null,
		title: 'North-South Transport Corridor: Russia-Azerbaijan-Iran rail route',
		summary:
			'The first Azerbaijan-Russia-Iran presidential summit in Baku backed the North-South corridor and a rail link from Azerbaijan to Iran; in September 2022 a trilateral Baku Declaration set work on the missing Rasht-Astara railway in Iran.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'bne IntelliNews',
				title:
					'Azerbaijan, Iran and Russia push on with North-South Transport Corridor at trilateral meet',
				url: 'http://www.intellinews.com/azerbaijan-iran-and-russia-push-on-with-north-south-transport-corridor-at-trilateral-meet-103839/',
				date: '2016-08-10'
			},
			{
				publisher: 'Aze.Media',
				title: 'Baku Declaration on North-South Transport Corridor signed',
				url: 'https://aze.media/baku-declaration-on-north-south-transport-corridor-signed/'
			},
			{
				publisher: 'Russia-Islamic World (TASS)',
				title:
					'Trilateral declaration on development of North-South transport corridor signed in Baku',
				url: 'https://russia-islworld.ru/en/main//trilateral-declaration-on-development-of-north-south-transport-corridor-signed-in-baku-2022-09-09-27372',
				date: '2022-09-09'
			}
		]
	},
	{
		id: 'aze-isr-usa-trilateral-abraham-talks-2025',
		type: 'diplomacy',
		from: 'AZE',
		to: 'ISR',
		parties: ['USA'],
		start: '2025-03',
		end: null,
		title: 'Talk of an Israel-US-Azerbaijan alignment and Abraham Accords entry',
		summary:
			"In March 2025 Netanyahu's office said Israel was in active talks with Washington on a three-way partnership with Azerbaijan, and US envoy Steve Witkoff visited Baku days later. Reuters later reported the Trump administration was discussing bringing Azerbaijan into the Abraham Accords, treating an Armenia-Azerbaijan peace deal as a precondition.",
		status: 'announced',
		uncertain:
			'No trilateral agreement or accession is documented in the sources seen; the reporting rests on anonymous sources and think-tank commentary.',
		sources: [
			{
				publisher: 'BESA Center',
				title: 'Why Azerbaijan Perfectly Fits Into the Abraham Accords Framework: Clarifications',
				url: 'https://besacenter.org/why-azerbaijan-perfectly-fits-into-the-abraham-accords-framework-clarifications/',
				date: '2025-03-15'
			},
			{
				publisher: 'commonspace.eu (Reuters)',
				title: 'Trump aims to bring Azerbaijan, Central Asian nations into Abraham Accords',
				url: 'https://www.commonspace.eu/news/trump-aims-bring-azerbaijan-central-asian-nations-abraham-accords'
			}
		]
	},
	{
		id: 'aze-contract-of-the-century-1994',
		type: 'energy',
		from: 'AZE',
		to: 'USA',
		parties: ['GBR', 'RUS', 'TUR'],
		start: '1994-09-20',
		end: null,
		title: '"Contract of the Century" for the Azeri-Chirag-Gunashli fields',
		summary:
			'Azerbaijan signed a production-sharing agreement with a consortium of 13 companies (including BP, Amoco, Exxon, Lukoil and Turkish Petroleum) from eight countries to develop the offshore Azeri, Chirag and deepwater Gunashli fields; it was ratified by parliament and entered into force on 12 December 1994, and it created the AIOC operating company.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Heydar Aliyev Heritage Library',
				title:
					'General historical background of "the Contract of the Century" - Baku, September 20, 1994',
				url: 'https://lib.aliyev-heritage.org/en/917277.html'
			},
			{
				publisher: 'Caspian News',
				title: '‘The Contract Of The Century’ Celebrates 26th Anniversary',
				url: 'https://caspiannews.com/news-detail/the-contract-of-the-century-celebrates-26th-anniversary-2020-9-20-0/',
				date: '2020-09-20'
			}
		]
	},
	{
		id: 'aze-geo-tur-btc-pipeline-2006',
		type: 'energy',
		from: 'AZE',
		to: 'TUR',
		parties: ['GEO'],
		start: '2006-07-13',
		end: null,
		title: 'Baku-Tbilisi-Ceyhan oil pipeline inaugurated',
		summary:
			'Leaders of Azerbaijan, Georgia and Turkey formally opened the US-backed BTC pipeline at Ceyhan, carrying Caspian crude to the Mediterranean while bypassing Russia and Iran; it was expected to reach 1 million barrels a day around 2010.',
		status: 'in-force',
		value: 'USD 3.9 billion (construction cost, per RFE/RL)',
		sources: [
			{
				publisher: 'RFE/RL',
				title: 'Ceyhan Ceremony Inaugurates BTC Pipeline',
				url: 'https://rferl.org/amp/1069835.html',
				date: '2006-07-13'
			},
			{
				publisher: 'Asbarez (AFP)',
				title: 'Last Stretch of Baku Ceyhan Pipeline Inaugurated',
				url: 'https://asbarez.com/53891/last-stretch-of-baku-ceyhan-pipeline-inaugurated/'
			}
		]
	},
	{
		id: 'aze-geo-tur-south-caucasus-pipeline-2006',
		type: 'energy',
		from: 'AZE',
		to: 'TUR',
		parties: ['GEO'],
		start: '2006-12-15',
		end: null,
		title: 'South Caucasus (Baku-Tbilisi-Erzurum) gas pipeline starts deliveries',
		summary:
			'The 692 km South Caucasus Pipeline carries Shah Deniz gas from Sangachal through Georgia to Turkey, parallel to BTC; deliveries began on 15 December 2006 and capacity was later expanded to 25 bcm a year for Shah Deniz stage 2.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Global Energy Monitor',
				title: 'South Caucasus Gas Pipeline',
				url: 'https://www.gem.wiki/South_Caucasus_Gas_Pipeline'
			}
		]
	},
	{
		id: 'aze-tur-tanap-2018',
		type: 'energy',
		from: 'AZE',
		to: 'TUR',
		start: '2018-06-12',
		end: null,
		title: 'TANAP gas pipeline opened at Eskisehir',
		summary:
			'Erdogan and Aliyev inaugurated the Trans-Anatolian Natural Gas Pipeline, the Turkish backbone of the Southern Gas Corridor, with an initial 16 bcm a year of which 6 bcm for Turkey and 10 bcm for Europe.',
		status: 'in-force',
		sources: [
			{
				publisher: 'La Gazzetta del Mezzogiorno (ANSA)',
				title: 'Turchia: Erdogan inaugura gasdotto Tanap, saremo hub regione',
				url: 'http://www.lagazzettadelmezzogiorno.it/news/italia/1025084/turchia-erdogan-inaugura-gasdotto-tanap-saremo-hub-regione.html',
				date: '2018-06-12'
			},
			{
				publisher: 'Yeni Şafak',
				title: 'TANAP to be inaugurated in June, says Erdoğan',
				url: 'https://www.yenisafak.com/en/world/tanap-to-be-inaugurated-before-turkeys-elections-says-erdogan-3349810',
				date: '2018-04-25'
			}
		]
	},
	{
		id: 'aze-eu-tap-southern-gas-corridor-2020',
		type: 'energy',
		from: 'AZE',
		to: 'ITA',
		parties: ['GRC', 'EU'],
		start: '2020-12-31',
		end: null,
		title: 'TAP completes the Southern Gas Corridor: Azerbaijani gas reaches Italy',
		summary:
			"Azerbaijani gas began flowing to Europe through the Trans Adriatic Pipeline on 31 December 2020, crossing Greece, Albania and the Adriatic to Apulia; TAP's initial capacity is 10 bcm a year, expandable to 20 bcm.",
		status: 'in-force',
		sources: [
			{
				publisher: 'SOCAR Deutschland',
				title: 'Italien heizt nun mit Gas aus Aserbaidschan',
				url: 'https://socar.de/2021/01/07/'
			},
			{
				publisher: 'BM.GE (Trend)',
				title: 'SOCAR starts injecting gas into Hungarian storages',
				url: 'https://bm.ge/en/news/socar-starts-injecting-gas-into-hungarian-storages/139602'
			}
		]
	},
	{
		id: 'aze-eu-energy-mou-2022',
		type: 'energy',
		from: 'AZE',
		to: 'EU',
		start: '2022-07-18',
		end: null,
		title: 'EU-Azerbaijan strategic energy partnership MoU: 20 bcm by 2027',
		summary:
			'Ursula von der Leyen and Ilham Aliyev signed in Baku a memorandum on a strategic energy partnership under which Azerbaijan aims to double gas supplies to the EU to at least 20 bcm a year by 2027, from 8.1 bcm in 2021, as the EU sought to replace Russian gas.',
		status: 'signed',
		value: 'at least 20 bcm/year by 2027 (target)',
		sources: [
			{
				publisher: 'Sputnik',
				title:
					'EU, Azerbaijan Sign Strategic Energy Partnership Memo as Bloc Aims to Double Gas Imports From Baku',
				url: 'https://sputniknews.com/20220718/eu-azerbaijan-sign-strategic-energy-partnership-memo-as-bloc-aims-to-double-gas-imports-from-baku-1097425577.html',
				date: '2022-07-18'
			},
			{
				publisher: 'Get2C',
				title: 'EU signs agreement with Azerbaijan',
				url: 'https://www.get2c.pt/en/eu-signs-agreement-with-azerbaijan/',
				date: '2022-07-18'
			}
		]
	},
	{
		id: 'aze-geo-tur-btk-railway-2017',
		type: 'energy',
		from: 'AZE',
		to: 'TUR',
		parties: ['GEO'],
		start: '2017-10-30',
		end: null,
		title: 'Baku-Tbilisi-Kars railway opened',
		summary:
			'Aliyev, Erdogan and Georgian PM Kvirikashvili opened the BTK railway, built under a trilateral intergovernmental agreement, with initial capacity of 1 million passengers and 6.5 million tonnes of cargo a year; Kazakh and Uzbek prime ministers attended.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Xeber Saati (Trend)',
				title: 'Baku-Tbilisi-Kars railway officially launched in Baku',
				url: 'http://www.xebersaati.com/news/142061-baku-tbilisi-kars-railway-officially-launched-in-baku/',
				date: '2017-10-30'
			},
			{
				publisher: '1TV Georgia',
				title: 'Giorgi Kvirikashvili will attend Baku-Tbilisi-Kars railway opening ceremony',
				url: 'https://1tv.ge/lang/en/news/giorgi-kvirikashvili-will-attend-baku-tbilisi-kars-railway-opening-ceremony'
			}
		]
	},
	{
		id: 'aze-kaz-middle-corridor-jv-2023',
		type: 'energy',
		from: 'AZE',
		to: 'KAZ',
		parties: ['GEO', 'CHN'],
		start: '2023-06-22',
		end: null,
		title: 'Middle Corridor rail joint venture with Kazakhstan and Georgia',
		summary:
			'Kazakhstan and Azerbaijan signed, with Georgia to follow, an agreement setting up a joint logistics company of their national railways to move China-Europe cargo across the Caspian; in November 2025 the venture signed a cooperation agreement with China Railway Container Transport Corp.',
		status: 'in-force',
		sources: [
			{
				publisher: 'commonspace.eu (Interfax)',
				title: 'Kazakhstan, Azerbaijan and Georgia to set up joint Middle Corridor railway venture',
				url: 'https://www.commonspace.eu/news/kazakhstan-azerbaijan-and-georgia-set-joint-middle-corridor-railway-venture'
			},
			{
				publisher: 'The Diplomatic Insight',
				title: 'Kazakhstan, Azerbaijan, Georgia, China cooperation on Trans-Caspian transport',
				url: 'https://thediplomaticinsight.com/kazakhstan-azerbaijan-georgia-china-cooperation-trans-caspian-transport'
			}
		]
	},
	{
		id: 'aze-geo-rou-hun-black-sea-cable-2022',
		type: 'energy',
		from: 'AZE',
		to: 'HUN',
		parties: ['GEO'],
		start: '2022-12-17',
		end: null,
		title: 'Black Sea submarine power cable agreement (Azerbaijan-Georgia-Romania-Hungary)',
		summary:
			'The leaders of Azerbaijan, Georgia, Romania and Hungary signed in Bucharest, with Commission President von der Leyen present, a green-energy strategic partnership to lay a roughly 1,100-1,200 km, 1,000 MW cable under the Black Sea carrying Caspian wind power to Europe; Hungary said the Commission had earmarked EUR 2.3 billion.',
		status: 'signed',
		value: 'EUR 2.3 billion (EU support earmarked, per Hungary)',
		uncertain:
			'Romania, a signatory, has no actor id in the dataset and is named only in the summary.',
		sources: [
			{
				publisher: 'Kurier.plus (MTI)',
				title:
					'Hungary, Romania, Georgia, Azerbaijan agree to take part in a globally unique energy project',
				url: 'https://kurier.plus/en/node/3943',
				date: '2022-12-17'
			},
			{
				publisher: 'Business Recorder (Reuters)',
				title: 'Four leaders sign agreement to bring green Azeri energy to Europe',
				url: 'https://www.brecorder.com/news/40215095/four-leaders-sign-agreement-to-bring-green-azeri-energy-to-europe',
				date: '2022-12-18'
			}
		]
	},
	{
		id: 'aze-hun-socar-mvm-gas-2023',
		type: 'energy',
		from: 'AZE',
		to: 'HUN',
		start: '2023-06-02',
		end: null,
		title: 'SOCAR-MVM deal brings first Azerbaijani gas to Hungary',
		summary:
			"SOCAR and Hungary's MVM CEEnergy signed a contract for 100 million cubic metres of gas to be delivered by the end of 2023, which Budapest called a possible basis for up to 2 bcm a year; SOCAR began injecting the first 50 mcm into Hungarian storage later in 2023.",
		status: 'in-force',
		value: '100 million m3 (2023 contract)',
		sources: [
			{
				publisher: 'Ednews',
				title: 'Hungary and Azerbaijan signed an agreement on gas supply',
				url: 'https://ednews.net/en/news/economy/598422-hungary-and-azerbaijan-signed-agreement'
			},
			{
				publisher: 'BM.GE (Trend)',
				title: 'SOCAR starts injecting gas into Hungarian storages',
				url: 'https://bm.ge/en/news/socar-starts-injecting-gas-into-hungarian-storages/139602'
			}
		]
	},
	{
		id: 'aze-srb-strategic-partnership-gas-2022',
		type: 'energy',
		from: 'AZE',
		to: 'SRB',
		start: '2022-11-23',
		end: null,
		title: 'Serbia-Azerbaijan strategic partnership and gas via the Bulgaria interconnector',
		summary:
			"During Aliyev's Belgrade visit the two countries signed seven agreements, including a strategic partnership, and Vucic said Serbia was building an interconnector with Bulgaria to buy Azerbaijani gas; Aliyev attended the opening of the Serbia-Bulgaria interconnector near Nis on 10 December 2023.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Tanjug',
				title: 'Vucic: Agreements with Azerbaijan to take ties to new level',
				url: 'https://tanjug.rs/english/politics/211/vucic-agreements-with-azerbaijan-to-take-ties-to-new-level/amp',
				date: '2022-11-23'
			},
			{
				publisher: 'Naslovi.net (RTS)',
				title: 'Gasni interkonektor Srbija–Bugarska pušten u funkciju',
				url: 'https://naslovi.net/2023-12-10/rts/gasni-interkonektor-srbija-bugarska-pusten-u-funkciju/35190786',
				date: '2023-12-10'
			}
		]
	},
	{
		id: 'usa-aze-section-907-1992',
		type: 'conflict',
		from: 'AZE',
		to: 'USA',
		start: '1992-10-24',
		end: null,
		title: 'Section 907 of the FREEDOM Support Act bars US aid to Azerbaijan',
		summary:
			"Congress barred direct US government assistance to Azerbaijan until it ceased blockades and offensive uses of force against Armenia and Nagorno-Karabakh. A 2001 amendment let the president waive the ban, and successive administrations have done so; Trump extended the waiver on 8 August 2025 during Aliyev's Washington visit.",
		status: 'suspended',
		uncertain:
			'Sources use "suspension" loosely: the 2025 act was a presidential waiver extension, not a repeal of Section 907 by Congress.',
		sources: [
			{
				publisher: 'Wikipedia',
				title: 'Section 907',
				url: 'https://en.wikipedia.org/wiki/Section_907'
			},
			{
				publisher: 'Caucasus Watch',
				title: 'Trump Extends Section 907 Waiver to Azerbaijan',
				url: 'https://www.caucasuswatch.de/en/news/trump-extends-section-907-waiver-to-azerbaijan.html'
			},
			{
				publisher: 'News.az',
				title: "US publishes Trump's memorandum on waiver of Section 907",
				url: 'https://news.az/news/us-publishes-trumps-memorandum-on-waiver-of-section-907',
				date: '2025-08-15'
			}
		]
	},
	{
		id: 'aze-usa-strategic-partnership-charter',
		type: 'treaty',
		from: 'AZE',
		to: 'USA',
		start: '2026-02-10',
		end: null,
		title: 'US-Azerbaijan Strategic Partnership Charter',
		summary:
			'At the 8 August 2025 Washington summit the two presidents signed a memorandum creating a working group to draft a Strategic Partnership Charter covering energy, trade and transit, AI and digital infrastructure, and defence and counter-terrorism. Aliyev and US Vice President JD Vance signed the charter in Baku on 10 February 2026.',
		status: 'signed',
		sources: [
			{
				publisher: 'JAMnews',
				title: 'US vice-president’s visit to Baku: strategic partnership and new pledges',
				url: 'https://jam-news.net/?p=224253'
			},
			{
				publisher: 'Caspian Energy',
				title: 'US to prepare Strategic Partnership Charter',
				url: 'http://caspianenergy.media/index.php/en/caspian-energy-media-en/official-en/item/10164-us-to-prepare-strategic-partnership-charter',
				date: '2025-08-09'
			},
			{
				publisher: '1news.az',
				title:
					'New Architecture of Cooperation: Analyzing the Azerbaijan-US Strategic Partnership Charter',
				url: 'https://1news.az/en/news/20260212151531423-New-Architecture-of-Cooperation-Analyzing-the-Azerbaijan-US-Strategic-Partnership-Charter'
			}
		]
	},
	{
		id: 'aze-eu-pca-1996',
		type: 'treaty',
		from: 'AZE',
		to: 'EU',
		start: '1996-04',
		end: null,
		title: 'EU-Azerbaijan Partnership and Cooperation Agreement',
		summary:
			'The Partnership and Cooperation Agreement, signed in April 1996 and in force since July 1999, is the legal basis for EU-Azerbaijan political dialogue, trade and investment; in June 2004 the EU brought Azerbaijan into the European Neighbourhood Policy.',
		status: 'in-force',
		sources: [
			{
				publisher: 'EEAS',
				title: 'Summary on EU- Azerbaijan Relations',
				url: 'http://eeas.europa.eu/azerbaijan/eu_azerbaijan_summary/index_en.htm'
			},
			{
				publisher: 'EUR-Lex',
				title:
					'Partnership and Cooperation Agreement between the European Communities and their Member States, of the one part, and the Republic of Azerbaijan, of the other part',
				url: 'https://eur-lex.europa.eu/legal-content/EN/AUTO/?uri=CELEX%3A01999A0917%2801%29-20091101'
			}
		]
	},
	{
		id: 'aze-eu-euronest-exit-2015',
		type: 'conflict',
		from: 'AZE',
		to: 'EU',
		start: '2015-09',
		end: null,
		title: 'Baku quits Euronest after European Parliament resolution',
		summary:
			"After the European Parliament's 10 September 2015 resolution condemning repression of civil society and raising targeted sanctions, Azerbaijan's Milli Majlis called it biased and voted to end participation in the Euronest Parliamentary Assembly.",
		uncertain:
			'The sources seen do not say whether or when Azerbaijan resumed Euronest participation.',
		sources: [
			{
				publisher: 'Meydan TV',
				title: 'Azerbaijan leaves Euronest',
				url: 'https://www.meydan.tv/en/article/azerbaijan-leaves-euronest/?ref=article-related-artciles'
			},
			{
				publisher: 'EUR-Lex',
				title: 'Entschließung des Europäischen Parlaments vom 10. September 2015 zu Aserbaidschan',
				url: 'https://eur-lex.europa.eu/legal-content/DE/TXT/HTML/?uri=CELEX%3A52015IP0316'
			}
		]
	},
	{
		id: 'eu-aze-ep-resolution-2024',
		type: 'conflict',
		from: 'AZE',
		to: 'EU',
		start: '2024-10',
		end: '2024-10',
		title: 'European Parliament urges suspending the EU-Azerbaijan gas MoU',
		summary:
			"By 453 votes to 31, the European Parliament called Azerbaijan's human-rights abuses incompatible with hosting COP29, urged the EU to halt energy cooperation with Baku and demanded withdrawal of Azerbaijani troops from Armenian territory. The resolution is non-binding.",
		status: 'announced',
		sources: [
			{
				publisher: 'Asbarez',
				title:
					'European Parliament warns Azerbaijan against threats to Armenia, urges EU to halt energy cooperation with Baku',
				url: 'https://www.asbarez.com/european-parliament-warns-azerbaijan-against-threats-to-armenia-urges-eu-to-halt-energy-cooperation-with-baku'
			},
			{
				publisher: 'European Parliament',
				title:
					'ΠΡΟΤΑΣΗ ΨΗΦΙΣΜΑΤΟΣ σχετικά με την κατάσταση στο Αζερμπαϊτζάν, τις παραβιάσεις των ανθρωπίνων δικαιωμάτων και του διεθνούς δικαίου και τις σχέσεις με την Αρμενία',
				url: 'https://www.europarl.europa.eu/doceo/document/B-10-2024-0139_EL.html',
				date: '2024-10-21'
			}
		]
	},
	{
		id: 'aze-un-cop29-baku-2024',
		type: 'diplomacy',
		from: 'AZE',
		to: 'UN',
		start: '2024-11-11',
		end: '2024-11',
		title: 'Azerbaijan hosts the COP29 UN climate conference in Baku',
		summary:
			'Baku hosted the 29th UNFCCC Conference of the Parties under COP29 President Mukhtar Babayev; talks overran and ended with a deal to raise climate finance for developing countries to USD 300 billion a year by 2035.',
		status: 'ended',
		value: 'USD 300 billion a year by 2035 (climate finance goal agreed)',
		sources: [
			{
				publisher: 'Euronews',
				title:
					"La COP29 s'achève par un accord de 300 Md de dollars pour les pays en développement d'ici 2035",
				url: 'https://fr.euronews.com/business/2024/11/28/la-cop29-sacheve-par-un-accord-de-300-md-de-dollars-pour-les-pays-en-developpement-dici-20',
				date: '2024-11-28'
			},
			{
				publisher: 'MENAFN (Azernews)',
				title:
					'COP29 President: None Of Us Want To Leave Baku Without A Good Outcome On Our Key Deliverable',
				url: 'https://menafn.com/1108919122/COP29-President-None-Of-Us-Want-To-Leave-Baku-Without-A-Good-Outcome-On-Our-Key-Deliverable',
				date: '2024-11-24'
			}
		]
	},
	{
		id: 'aze-chn-comprehensive-strategic-partnership-2025',
		type: 'diplomacy',
		from: 'AZE',
		to: 'CHN',
		start: '2025-04-23',
		end: null,
		title: 'China and Azerbaijan establish a comprehensive strategic partnership',
		summary:
			"During Aliyev's state visit, Xi Jinping and Aliyev upgraded ties to a comprehensive strategic partnership, signed about 20 cooperation documents (Belt and Road, green energy, digital economy) and agreed to open free-trade talks; China backed Azerbaijan's territorial integrity and WTO accession.",
		status: 'in-force',
		sources: [
			{
				publisher: 'A News (Anadolu)',
				title: 'China, Azerbaijan elevate ties to ‘comprehensive strategic partnership’',
				url: 'https://www.anews.com.tr/diplomacy/2025/04/23/china-azerbaijan-elevate-ties-to-comprehensive-strategic-partnership',
				date: '2025-04-23'
			},
			{
				publisher: 'commonspace.eu',
				title: 'Azerbaijan and China sign Comprehensive Strategic Partnership',
				url: 'https://www.commonspace.eu/news/azerbaijan-and-china-sign-comprehensive-strategic-partnership'
			},
			{
				publisher: 'China Daily (via yuzhongnet)',
				title: 'China, Azerbaijan elevate partnership',
				url: 'http://yuzhongnet.com/a/202504/24/WS680971eda3104d9fd38212af.html'
			}
		]
	},
	{
		id: 'aze-ukr-humanitarian-aid-2022',
		type: 'aid',
		from: 'AZE',
		to: 'UKR',
		start: '2022-02-26',
		end: null,
		title: 'Azerbaijani humanitarian aid to Ukraine',
		summary:
			"Two days into Russia's full-scale invasion, SOCAR's Ukrainian filling stations began giving free fuel to ambulances and emergency services and Baku flew in medicines; later shipments of cables, generators and transformers for the power grid followed, with total humanitarian and reconstruction aid later reported at over USD 44 million.",
		status: 'ongoing',
		value: 'over USD 44 million (cumulative, as reported by Caliber.az)',
		sources: [
			{
				publisher: 'Interfax-Ukraine',
				title:
					'SOCAR gas stations instructed to provide free fuel for ambulances, Emergency Service - Zelensky following conversation with Aliyev',
				url: 'https://en.interfax.com.ua/news/economic/802859.html',
				date: '2022-02-26'
			},
			{
				publisher: 'Caliber.az',
				title: 'A humane face of diplomacy: Azerbaijan’s reliability in times of need',
				url: 'https://caliber.az/en/post/a-human-face-of-diplomacy-azerbaijan-s-reliability-in-times-of-need'
			},
			{
				publisher: 'Ukrainska Pravda',
				title: 'Azerbaijan allocates US$1 million for humanitarian aid to Ukraine',
				url: 'https://www.pravda.com.ua/eng/news/2025/02/5/7496933/',
				date: '2025-02-05'
			}
		]
	},
	{
		id: 'aze-fra-expulsions-ambassador-recall-2023',
		type: 'conflict',
		from: 'AZE',
		to: 'FRA',
		start: '2023-12-26',
		end: null,
		title: 'Franco-Azerbaijani rupture: spy arrest, expulsions, ambassador recalled',
		summary:
			'After arresting French national Martin Ryan for alleged espionage on 4 December 2023, Baku expelled two French embassy staff on 26 December; Paris rejected the accusations, expelled two Azerbaijani diplomats the next day and in April 2024 recalled its ambassador over Baku\'s "unilateral actions".',
		status: 'ongoing',
		sources: [
			{
				publisher: 'CGTN',
				title: 'Azerbaijan expels two French diplomats',
				url: 'https://news.cgtn.com/news/2023-12-26/Azerbaijan-declares-2-employees-of-France-s-embassy-persona-non-grata-1pQUxaUI7Ac/share_amp.html',
				date: '2023-12-26'
			},
			{
				publisher: 'French Ministry for Europe and Foreign Affairs (via GovMemo)',
				title: 'Azerbaijan (27 Dec. 2023)',
				url: 'https://www.govmemo.com/wales/foreign_affairs_c72/azerbaijan_27_dec._2..._d19413id.shtml',
				date: '2023-12-27'
			},
			{
				publisher: 'Deccan Herald (Reuters)',
				title: 'France demands release of citizen accused of espionage in Azerbaijan',
				url: 'https://deccanherald.com/amp/story/world%2Ffrance-demands-release-of-citizen-accused-of-espionage-in-azerbaijan-2841972'
			},
			{
				publisher: 'Azerbaycan24',
				title: 'France recalls ambassador to Azerbaijan',
				url: 'https://www.azerbaycan24.com/en/france-recalls-ambassador-to-azerbaijan-nbsp/'
			}
		]
	},
	{
		id: 'fra-aze-new-caledonia-accusations-2024',
		type: 'conflict',
		from: 'AZE',
		to: 'FRA',
		start: '2024-05',
		end: null,
		title: 'France accuses Azerbaijan of stirring unrest in New Caledonia',
		summary:
			'Amid deadly riots in New Caledonia, Interior Minister Gerald Darmanin said some pro-independence leaders had made a deal with Azerbaijan, as Azerbaijani flags appeared at protests and a Baku-linked group openly backed the separatists; Baku rejected the accusations as baseless.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Modern Ghana (RFI)',
				title: 'Azerbaijan accused of stirring unrest in New Caledonia as tensions persist',
				url: 'https://www.modernghana.com/news/1313081/azerbaijan-accused-of-stirring-unrest-in-new-caled.html'
			},
			{
				publisher: 'Ritam Digital',
				title: 'France accuses Azerbaijan of interfering in New Caledonia politics',
				url: 'https://ritamdigital.com/2024/05/17/35199/world/france-accuses-azerbaijan-of-interfering-in-new-caledonia-politics',
				date: '2024-05-17'
			}
		]
	},
	{
		id: 'usa-aze-security-assistance-2002-2020',
		type: 'aid',
		from: 'USA',
		to: 'AZE',
		start: '2002',
		end: '2020',
		title: 'US assistance to Azerbaijan under the Section 907 waiver',
		summary:
			'US agencies reported about USD 808 million in assistance for Azerbaijan in fiscal years 2002-2020, of which about USD 164 million was security assistance to the government under the Section 907 waiver; GAO found State had not reported its effect on the Armenia-Azerbaijan military balance. Pentagon Section 333 border and Caspian maritime security aid rose to about USD 100 million in FY2018-19.',
		status: 'delivered',
		value: 'about USD 164 million security assistance, FY2002-2020 (GAO)',
		sources: [
			{
				publisher: 'GAO',
				title:
					'Foreign Assistance: Agencies Should Take Steps to Improve Reporting on Assistance to the Government of Azerbaijan',
				url: 'https://gao.gov/products/gao-22-104619'
			},
			{
				publisher: 'USC Institute of Armenian Studies',
				title: 'US allocates $100 million in security aid to Azerbaijan',
				url: 'https://armenian.usc.edu/us-allocates-100-million-in-security-aid-to-azerbaijan/'
			}
		]
	},
	{
		id: 'tur-aze-military-financial-aid-2020',
		type: 'aid',
		from: 'TUR',
		to: 'AZE',
		start: '2020',
		end: null,
		title: 'Turkish financial assistance for Azerbaijani arms purchases',
		summary:
			"Shortly before Baku announced plans to buy Turkish armed drones in June 2020, Azerbaijan's parliament approved a bill to receive financial assistance from Turkey to be used for purchasing weapons systems.",
		status: 'in-force',
		uncertain:
			'The amount and signing date of the assistance agreement are not given in the source seen.',
		sources: [
			{
				publisher: 'Defense News',
				title: 'Azerbaijan to buy armed drones from Turkey',
				url: 'https://www.defensenews.com/unmanned/2020/06/25/azerbaijan-to-buy-armed-drones-from-turkey/',
				date: '2020-06-25'
			}
		]
	}
];
