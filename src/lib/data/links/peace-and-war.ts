import type { Link } from '../types';

export const peaceAndWarLinks: Link[] = [
	// ---------------------------------------------------------------- wars and fighting
	{
		id: 'arm-aze-first-karabakh-war-1988',
		type: 'conflict',
		from: 'ARM',
		to: 'AZE',
		start: '1988-02',
		end: '1994-05',
		title: 'First Nagorno-Karabakh War',
		summary:
			'Ethnic and territorial war over Nagorno-Karabakh between the Karabakh Armenians, backed by Armenia, and Azerbaijan, from February 1988 to May 1994. It left Armenian forces in control of the enclave and surrounding districts; sources put the dead at roughly 30,000.',
		status: 'ended',
		sources: [
			{
				publisher: 'Wikipedia (Simple English)',
				title: 'First Nagorno-Karabakh War',
				url: 'https://simple.wikipedia.org/wiki/First_Nagorno-Karabakh_War'
			},
			{
				publisher: 'Wikipedia (mirror)',
				title: 'First Nagorno-Karabakh War',
				url: 'https://encyclopedia.datana.cloud/content/wikipedia_en_all_mini_2024-04/A/First_Nagorno-Karabakh_war'
			}
		]
	},
	{
		id: 'un-arm-aze-unsc-822-1993',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['UN'],
		start: '1993-04-30',
		end: '1993-04-30',
		title: 'UN Security Council Resolution 822 (Kalbajar)',
		summary:
			'Adopted unanimously, the first UNSC resolution on the conflict demanded a halt to hostilities and the immediate withdrawal of occupying forces from the Kalbajar district of Azerbaijan.',
		status: 'ended',
		sources: [
			{
				publisher: 'Wikipedia',
				title: 'United Nations Security Council Resolution 822',
				url: 'http://en.wikipedia.org:80/wiki/United_Nations_Security_Council_Resolution_822'
			},
			{
				publisher: 'Explained Today (Wikipedia)',
				title: 'United Nations Security Council Resolution 822 Explained',
				url: 'https://everything.explained.today/United_Nations_Security_Council_Resolution_822/'
			}
		]
	},
	{
		id: 'un-arm-aze-unsc-853-1993',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['UN'],
		start: '1993-07-29',
		end: '1993-07-29',
		title: 'UN Security Council Resolution 853 (Agdam)',
		summary:
			'Reaffirming resolution 822, the Council condemned the seizure of the Agdam district and other areas of Azerbaijan, demanded withdrawal of the occupying forces and backed the CSCE Minsk Group effort.',
		status: 'ended',
		sources: [
			{
				publisher: 'Karabakh99',
				title: 'What is UN Security Council Resolution 853, adopted on July 29, 1993, about?',
				url: 'https://karabakh99.com/2020/10/30/what-is-un-security-council-resolution-853-adopted-on-july-29-1993-about/',
				date: '2020-10-30'
			},
			{
				publisher: 'Absolute Astronomy (Wikipedia)',
				title: 'United Nations Security Council Resolution 853',
				url: 'http://absoluteastronomy.com/topics/United_Nations_Security_Council_Resolution_853'
			}
		]
	},
	{
		id: 'un-arm-aze-unsc-874-1993',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['UN'],
		start: '1993-10-14',
		end: '1993-10-14',
		title: 'UN Security Council Resolution 874',
		summary:
			'Reaffirming resolutions 822 and 853 and the territorial integrity of Azerbaijan, the Council called on the parties to make the ceasefire effective and permanent, noting the high-level meetings held in Moscow on 8 October 1993 and the CSCE Minsk Conference\u2019s work.',
		status: 'ended',
		sources: [
			{
				publisher: 'xocali.net',
				title: 'Resolutions of United Nations Security Council',
				url: 'http://xocali.net/en/resolution.html'
			},
			{
				publisher: 'Wikipedia',
				title: 'United Nations Security Council Resolution 884',
				url: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884'
			}
		]
	},
	{
		id: 'un-arm-aze-unsc-884-1993',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['UN'],
		start: '1993-11-12',
		end: '1993-11-12',
		title: 'UN Security Council Resolution 884 (Zangilan)',
		summary:
			'The last of the four 1993 resolutions condemned the occupation of the Zangilan district and the town of Horadiz, called on Armenia to use its influence on the Karabakh Armenians and demanded withdrawal from recently occupied areas.',
		status: 'ended',
		sources: [
			{
				publisher: 'Wikipedia',
				title: 'United Nations Security Council Resolution 884',
				url: 'https://en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_884'
			},
			{
				publisher: 'Karabakh99',
				title: 'What is UN Security Council Resolution 884, adopted on November 12, 1993, about?',
				url: 'https://karabakh99.com/2020/10/30/what-is-un-security-council-resolution-884-adopted-on-november-12-1993-about/',
				date: '2020-10-30'
			}
		]
	},
	{
		id: 'arm-aze-rus-bishkek-protocol-1994',
		type: 'treaty',
		from: 'ARM',
		to: 'AZE',
		parties: ['RUS'],
		start: '1994-05-05',
		end: '2020-09-27',
		title: 'Bishkek Protocol and the 1994 ceasefire',
		summary:
			'Protocol signed in Bishkek under Russian mediation (envoy Vladimir Kazimirov) and the CIS Inter-Parliamentary Assembly, leading to a ceasefire in force from 12 May 1994 that froze the front line until the 2020 war. Sources differ on dating: the protocol is dated 5 May, the ceasefire agreement 12 May.',
		status: 'ended',
		sources: [
			{
				publisher: 'PA-X Peace Agreements Database',
				title: 'Bishkek Protocol',
				url: 'https://pax.peaceagreements.org/agreements/310'
			},
			{
				publisher: 'Wikipedia',
				title: 'Bishkek Protocol',
				url: 'https://en.wikipedia.org/wiki/Bishkek_Protocol'
			},
			{
				publisher: 'NKR Office in the USA',
				title: 'The Cease-Fire Agreement',
				url: 'http://nkrusa.org/nk%5Fconflict/cease_fire.shtml'
			}
		]
	},
	{
		id: 'aze-arm-april-war-2016',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2016-04-01',
		end: '2016-04-05',
		title: 'Four-Day (April) War in Nagorno-Karabakh',
		summary:
			'The heaviest fighting since 1994 broke out on the line of contact between Azerbaijani forces and Armenian-backed Karabakh forces; a ceasefire was agreed in Moscow on 5 April. Azerbaijan gained a few heights; casualty claims from both sides differ widely.',
		status: 'ended',
		sources: [
			{
				publisher: 'WikiMili (Wikipedia)',
				title: '2016 Nagorno-Karabakh conflict',
				url: 'https://wikimili.com/en/2016_Nagorno-Karabakh_conflict'
			},
			{
				publisher: 'Calendarz',
				title: 'Nagorno-Karabakh clashes: The Four Day War or April War',
				url: 'https://calendarz.com/amp/on-this-day/april/1/2016-nagorno-karabakh-clashes'
			}
		]
	},
	{
		id: 'aze-arm-second-karabakh-war-2020',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2020-09-27',
		end: '2020-11-10',
		title: 'Second Karabakh (44-day) War',
		summary:
			'Large-scale fighting erupted along the whole line of contact on 27 September 2020, each side blaming the other; it ended with the Russian-brokered ceasefire that took effect on 10 November, after Azerbaijan had retaken most of the territories it lost in the 1990s.',
		status: 'ended',
		sources: [
			{
				publisher: 'commonspace.eu',
				title: 'Heavy fighting erupts in Karabakh (with updates)',
				url: 'https://commonspace.eu/index.php?m=23&news_id=5766',
				date: '2020-09-27'
			},
			{
				publisher: 'TASS',
				title: 'Trilateral talks between Putin, Aliyev and Pashinyan lasted nearly 4 hours',
				url: 'https://tass.com/politics/1243575/amp',
				date: '2021-01-11'
			},
			{
				publisher: 'T\u00fcrkiye Scoop (Anadolu)',
				title: 'Armenian PM ready to sign draft peace deal with Azerbaijan',
				url: 'https://turkiyescoop.com/armenian-pm-ready-to-sign-draft-peace-deal-with-azerbaijan'
			}
		]
	},
	{
		id: 'arm-aze-rus-moscow-humanitarian-ceasefire-2020',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['RUS'],
		start: '2020-10-10',
		end: '2020-10-10',
		title: 'Moscow humanitarian ceasefire during the 2020 war',
		summary:
			'After more than ten hours of talks convened by Putin, the Russian, Armenian and Azerbaijani foreign ministers announced a humanitarian ceasefire from noon on 10 October 2020 to exchange prisoners and bodies under ICRC criteria, and the start of substantive talks under the Minsk Group co-chairs; fighting nonetheless continued until November.',
		status: 'ended',
		sources: [
			{
				publisher: 'Meydan TV',
				title: 'Azerbaijan, Armenia agree on ceasefire',
				url: 'https://www.meydan.tv/en/article/azerbaijan-armenia-agree-on-ceasefire/'
			},
			{
				publisher: 'Novinite (TASS)',
				title: 'Azerbaijan and Armenia Agree on Ceasefire in Nagorno-Karabakh',
				url: 'https://www.novinite.com/articles/206139/Azerbaijan+and+Armenia+Agree+on+Ceasefire+in+Nagorno-Karabakh'
			},
			{
				publisher: 'Pledge Times',
				title: 'Yerevan and Baku agree on a ceasefire in Nagorno-Karabakh',
				url: 'https://pledgetimes.com/yerevan-and-baku-agree-on-a-ceasefire-in-nagorno-karabakh/'
			}
		]
	},
	{
		id: 'arm-aze-rus-trilateral-statement-2020',
		type: 'treaty',
		from: 'ARM',
		to: 'AZE',
		parties: ['RUS'],
		start: '2020-11-09',
		end: null,
		title: 'Trilateral ceasefire statement ending the 2020 war',
		summary:
			'Putin, Aliyev and Pashinyan signed a statement on 9 November 2020 for a complete ceasefire from 10 November, with the sides keeping their positions, districts around Karabakh returning to Azerbaijan, and Russian peacekeepers deployed on the line of contact and the Lachin corridor, whose traffic Azerbaijan was to guarantee. No party has formally declared it void, though its peacekeeping provisions lapsed after 2023.',
		status: 'signed',
		sources: [
			{
				publisher: 'TASS',
				title: 'Trilateral talks between Putin, Aliyev and Pashinyan lasted nearly 4 hours',
				url: 'https://tass.com/politics/1243575/amp',
				date: '2021-01-11'
			},
			{
				publisher: 'Mehr News (TASS)',
				title: 'Talks with Azerbaijan on border situation to resume today',
				url: 'https://en.mehrnews.com/news/173495/Talks-with-Azerbaijan-on-border-situation-to-resume-today',
				date: '2021-05-16'
			},
			{
				publisher: 'Public Radio of Armenia',
				title:
					'UN Court: Azerbaijan should ensure free movement along Lachin corridor in both directions',
				url: 'https://en.armradio.am/2023/02/22/un-court-azerbaijan-should-ensure-free-movement-along-lachin-corridor-in-both-directions/',
				date: '2023-02-22'
			},
			{
				publisher: 'Public Radio of Armenia (TASS)',
				title:
					'No contacts between Armenian, Russian, Azerbaijani leaders expected on anniversary of trilateral statement \u2013 Peskov',
				url: 'https://en.armradio.am/2021/11/09/contacts-between-armenian-russian-azerbaijani-leaders-not-expected-on-anniversary-of-trilateral-statement-peskov/',
				date: '2021-11-09'
			},
			{
				publisher: 'forrights.am',
				title:
					'Armenia did not notice the decree about the dissolution of the Republic of Artsakh entering into force',
				url: 'https://forrights.am/2024/01/04/armenia-did-not-notice-the-decree-about-the-dissolution-of-the-republic-of-artsakh-entering-into-force/',
				date: '2024-01-04'
			}
		]
	},
	{
		id: 'rus-aze-karabakh-peacekeepers-2020',
		type: 'mission',
		from: 'RUS',
		to: 'AZE',
		start: '2020-11-10',
		end: '2024-06-12',
		title: 'Russian peacekeeping contingent in Karabakh',
		summary:
			'Under the 2020 trilateral statement Russia deployed almost 2,000 troops with armour along the line of contact and the Lachin corridor for five years. Withdrawal began in April 2024, confirmed by the Kremlin, and Azerbaijan said it was complete on 12 June 2024.',
		status: 'ended',
		value: '1,960 troops (per Reuters)',
		sources: [
			{
				publisher: 'Yahoo News (citing Reuters)',
				title: "Russia withdraws its 'peacekeepers' from Nagorno-Karabakh",
				url: 'https://www.yahoo.com/news/russia-withdraws-peacekeepers-nagorno-karabakh-114600420.html?fr=sycsrp_catchall'
			},
			{
				publisher: 'AzVision',
				title:
					'Kremlin confirms beginning of Russian peacekeepers\u2019 withdrawal from Azerbaijan\u2019s Karabakh',
				url: 'https://en.azvision.az/news/178447/kremlin-confirms-beginning-of-russian-peacekeepers’-withdrawal-from-azerbaijan’s-karabakh.html',
				date: '2024-04-17'
			},
			{
				publisher: 'The Kyiv Independent',
				title: 'Russian peacekeepers leave Karabakh',
				url: 'https://kyivindependent.com/russian-peacekeepers-leave-karabakh',
				date: '2024-06-12'
			},
			{
				publisher: 'online.ua',
				title: 'Russia withdrew its troops from Nagorno-Karabakh, Azerbaijan MoD reports',
				url: 'https://news.online.ua/en/russia-withdrew-its-troops-from-nagorno-karabakh-azerbaijan-mod-reports-880139/',
				date: '2024-06-13'
			}
		]
	},
	{
		id: 'tur-rus-aze-aghdam-monitoring-centre-2021',
		type: 'mission',
		from: 'TUR',
		to: 'AZE',
		parties: ['RUS'],
		start: '2021-01-30',
		end: '2024-04-26',
		title: 'Joint Russian-Turkish ceasefire monitoring centre in Aghdam',
		summary:
			'Set up under a Turkish-Russian memorandum to monitor the Karabakh ceasefire, the centre in Aghdam began work on 30 January 2021 with about 60 military personnel from each side. It closed on 26 April 2024 as the Russian peacekeepers withdrew.',
		status: 'ended',
		value: '120 personnel (60 per side)',
		sources: [
			{
				publisher: 'Turan',
				title: 'Turkish-Russian monitoring center stops activities in Karabakh',
				url: 'https://turan.az/en/politics/turkish-russian-monitoring-center-stops-activities-in-karabakh',
				date: '2024-04-26'
			},
			{
				publisher: 'TDS Media (APA)',
				title:
					'Joint Turkish-Russian Monitoring Centre in Azerbaijan\u2019s Aghdam ceases its activity',
				url: 'https://tdsmedia.org/en/post/joint-turkish-russian-monitoring-centre-in-azerbaijan-s-aghdam-ceases-its-activity',
				date: '2024-04-26'
			},
			{
				publisher: 'Armenpress',
				title: 'Joint Russian-Turkish monitoring center in Nagorno-Karbakh to stop its activity',
				url: 'https://armenpress.am/eng/news/1135088/',
				date: '2024-04-18'
			}
		]
	},
	{
		id: 'aze-arm-border-incursion-2021',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2021-05-12',
		end: null,
		title: 'Azerbaijani incursion into Syunik and Gegharkunik (2021 border crisis)',
		summary:
			'On 12 May 2021 Azerbaijani troops advanced about 3.5 km into Armenia near Lake Sev in Syunik and next day near Vardenis and Sisian, citing border adjustment; Armenia called it an encroachment and raised it with the CSTO. Armenian sources say some 41 km2 stayed under Azerbaijani control, and clashes spread along the border later in 2021.',
		status: 'ongoing',
		uncertain:
			'Sources differ: Crisis24 reported Azerbaijani troops pulling back near Goris on 14 May, while Armenian reports and Wikipedia say they stayed on about 41 km2; Azerbaijan denies being on Armenian soil.',
		sources: [
			{
				publisher: 'Crisis24 (GardaWorld)',
				title:
					'Armenia, Azerbaijan: Tensions remain high in Syunik Province, Armenia, as of May 14, following reported Azerbaijani infiltration near Goris',
				url: 'https://crisis24.garda.com/alerts/2021/05/armenia-azerbaijan-tensions-remain-high-in-syunik-province-armenia-as-of-may-14-following-reported-azerbaijani-infiltration-near-goris?origin=fr_riskalert',
				date: '2021-05-14'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: "Azerbaijan behind further encroachment on Armenia's territory",
				url: 'https://panarmenian.net/m/eng/news/292844',
				date: '2021-05-13'
			},
			{
				publisher: 'Wikipedia (mirror)',
				title: '2021 Armenia\u2013Azerbaijan border crisis',
				url: 'https://enwikipedia.net/wiki/2021_Armenia%E2%80%93Azerbaijan_border_crisis'
			}
		]
	},
	{
		id: 'aze-arm-september-attacks-2022',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2022-09-12',
		end: '2022-09-14',
		title: 'Azerbaijani attacks on Armenia proper (September 2022)',
		summary:
			'Azerbaijani artillery and drones struck towns and positions in Armenia\u2019s Syunik, Vayots Dzor and Gegharkunik provinces, including Jermuk, Goris and Vardenis; Baku called it a response to Armenian provocations. Nearly 300 soldiers were killed and Armenia said Azerbaijan seized some 140 km2 of its territory.',
		status: 'ended',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Azerbaijan launches attacks along Armenian border',
				url: 'https://oc-media.org/azerbaijan-launches-attacks-along-armenian-border/',
				date: '2022-09-13'
			},
			{
				publisher: 'Wikipedia (mirror)',
				title: 'September 2022 Armenia\u2013Azerbaijan clashes',
				url: 'https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/2022_Armenian-Azerbaijani_clashes'
			}
		]
	},
	{
		id: 'aze-arm-lachin-blockade-2022',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2022-12-12',
		end: '2023-09',
		title: 'Blockade of the Lachin corridor',
		summary:
			'Azerbaijani self-described eco-activists blocked the only road linking Nagorno-Karabakh with Armenia from 12 December 2022, cutting supplies to some 120,000 people; Azerbaijan replaced the protest with a checkpoint on 23 April 2023. The blockade lasted until the September 2023 offensive; Russian peacekeepers charged with keeping the road open did not prevent it.',
		status: 'ended',
		sources: [
			{
				publisher: 'ACAPS',
				title: 'Armenia-Azerbaijan: Nagorno-Karabakh blockade',
				url: 'https://www.acaps.org/special-report/armenia-azerbaijan-nagorno-karabakh-blockade',
				date: '2023-01-20'
			},
			{
				publisher: 'The Moscow Times',
				title: 'Explainer: What Is Russia\u2019s Role in the Current Nagorno-Karabakh Stand-off',
				url: 'https://www.themoscowtimes.com/2022/12/15/explainer-what-is-russias-role-in-the-current-nagorno-karabakh-stand-off-a79710',
				date: '2022-12-15'
			},
			{
				publisher: 'Sardarabad',
				title: 'Activistas azerbaiyanos ponen fin al bloqueo de Nagorno Karabaj',
				url: 'https://sardarabad.com.ar/armenia6290/6290-activistas-azerbaiyanos-ponen-fin-al-bloqueo-de-nagorno-karabaj'
			},
			{
				publisher: 'News Pravda',
				title: 'Nikol Pashinyan is dissatisfied with Russian peacekeepers',
				url: 'https://news-pravda.com/usa/2023/09/14/93020.html',
				date: '2023-09-14'
			}
		]
	},
	{
		id: 'arm-rus-peacekeepers-failure-accusations-2022',
		type: 'conflict',
		from: 'ARM',
		to: 'RUS',
		start: '2022-12',
		end: null,
		title: 'Armenia accuses Russian peacekeepers of failing in Karabakh',
		summary:
			'Pashinyan said the Russian contingent had failed its mission by not lifting the Lachin blockade, repeated it in a September 2023 Politico interview, and after the 2023 offensive said its failures could not be ignored. Moscow rejected the charge, saying the peacekeepers had no mandate to intervene; the dispute fed Armenia\u2019s turn away from Russia.',
		sources: [
			{
				publisher: 'Armenpress',
				title:
					'We shouldn\u2019t turn a blind eye on failures of Russian peacekeepers in Nagorno-Karabakh \u2013 Pashinyan',
				url: 'https://armenpress.am/en/article/1120220',
				date: '2023-09-21'
			},
			{
				publisher: 'Ostro',
				title:
					'Pashinyan: russia is fully focused on the war with Ukraine and can no longer maintain peace in the Caucasus',
				url: 'https://www.ostro.info/news/9629/',
				date: '2023-09-14'
			},
			{
				publisher: 'IDN Times',
				title: 'PM Armenia: Tentara Rusia di Nagorno-Karabakh Gagal Tunaikan Tugasnya',
				url: 'https://www.idntimes.com/news/world/pm-armenia-tentara-rusia-di-nagorno-karabakh-gagal-tunaikan-tugasnya-c1c2-01-3fz8h-0sl1s4/amp',
				date: '2022-12-22'
			},
			{
				publisher: 'Strana.ua',
				title: "Прем'єр Вірменії звинуватив Росію у провалі миротворчої місії у Нагірному Карабаху",
				url: 'https://ctpaha.media/ukr/news/445951-nikol-pashinjan-zvinuvativ-rf-u-provali-mirotvorchoji-misiji-u-nahirnomu-karabakhu.html'
			}
		]
	},
	{
		id: 'aze-arm-karabakh-offensive-2023',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2023-09-19',
		end: '2023-09-20',
		title: 'Azerbaijani offensive retakes Nagorno-Karabakh',
		summary:
			'Azerbaijan launched what it called local anti-terrorist measures on 19 September 2023; within a day the Karabakh Armenian forces agreed, via the Russian peacekeeping command, to disarm and disband from 13:00 on 20 September. Yerevan called it aggression and denied having troops in the region.',
		status: 'ended',
		sources: [
			{
				publisher: 'Caliber.Az',
				title:
					'Azerbaijani MoD announces end to anti-terror operation in Garabagh, lists conditions',
				url: 'https://caliber.az/en/post/azerbaijani-mod-announces-end-to-anti-terror-operation-in-garabagh-lists-conditions',
				date: '2023-09-20'
			},
			{
				publisher: 'Sputnik',
				title:
					'Azerbaijani announces reached agreement to suspend anti-terrorist activities in Nagorno-Karabakh',
				url: 'https://sputnikglobe.com/20230920/azerbaijani-announces-reached-agreement-to-suspend-anti-terrorist-activities-in-nagorno-karabakh-1113517950.html',
				date: '2023-09-20'
			},
			{
				publisher: 'Jerusalem Post (Reuters)',
				title:
					'Armenian separatists in Karabakh surrender and agree to ceasefire after Azerbaijani offensive',
				url: 'https://www.jpost.com/breaking-news/article-759790',
				date: '2023-09-20'
			}
		]
	},
	{
		id: 'aze-arm-karabakh-exodus-2023',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2023-09-24',
		end: '2023-10-03',
		title: 'Exodus of Karabakh Armenians to Armenia',
		summary:
			'After the offensive, more than 100,000 of the roughly 120,000 Karabakh Armenians fled to Armenia through the Lachin corridor within about a week, as confirmed by Armenian officials and the UNHCR. Azerbaijan said it sought peaceful reintegration; many observers called the flight forced displacement.',
		status: 'ended',
		value: '100,417 people entered Armenia by 30 September 2023 (Armenian government)',
		sources: [
			{
				publisher: 'BOL News',
				title: 'Nagorno-Karabakh: 100,000 refugees seek shelter in Armenia',
				url: 'https://www.bolnews.com/international/2023/09/nagorno-karabakh-100000-refugees-seek-shelter-in-armenia/',
				date: '2023-09-30'
			},
			{
				publisher: 'Wikipedia (mirror)',
				title: 'Exodus of Armenians from Nagorno-Karabakh',
				url: 'https://home.cydlabs.com/kiwix/content/wikipedia_en_all_maxi_2024-01/A/Exodus_of_Armenians_from_Nagorno-Karabakh'
			}
		]
	},
	{
		id: 'eu-arm-karabakh-refugee-aid-2023',
		type: 'aid',
		from: 'EU',
		to: 'ARM',
		start: '2023-09-22',
		end: null,
		title: 'EU humanitarian aid for displaced Karabakh Armenians',
		summary:
			'The Commission mobilised EUR 500,000 on 22 September 2023, raised it to EUR 5 million on 26 September and to more than EUR 10 million within days, mostly for people who fled to Armenia; a further EUR 5.5 million followed for their first winter, on top of EUR 12.2 million already announced.',
		status: 'delivered',
		value: 'EUR 12.2 million (autumn 2023) plus EUR 5.5 million (later tranche)',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title:
					'EU provides \u20ac5 million in humanitarian aid to crisis-affected people of Nagorno-Karabakh',
				url: 'https://en.armradio.am/2023/09/26/eu-provides-e5-million-in-humanitarian-aid-to-crisis-affected-people-of-nagorno-karabakh/',
				date: '2023-09-26'
			},
			{
				publisher: 'Public Radio of Armenia',
				title:
					'EU stands in full solidarity with Armenia and the Armenian people \u2013 Commissioner Janez Lenar\u010di\u010d',
				url: 'https://en.armradio.am/2023/10/06/eu-stands-in-full-solidarity-with-armenia-and-the-armenian-people-commissioner-janez-lenarcic/',
				date: '2023-10-06'
			},
			{
				publisher: 'Head Post',
				title: 'EU provides additional humanitarian aid for displaced Karabakh Armenians',
				url: 'https://head-post.com/eu-provides-additional-humanitarian-aid-for-displaced-karabakh-armenians'
			}
		]
	},
	{
		id: 'arm-aze-icj-cerd-cases-2021',
		type: 'conflict',
		from: 'ARM',
		to: 'AZE',
		parties: ['UN'],
		start: '2021-09-16',
		end: null,
		title: 'Rival ICJ racial-discrimination cases; Lachin corridor order',
		summary:
			'Armenia sued Azerbaijan at the International Court of Justice under the anti-racial-discrimination convention on 16 September 2021, and Azerbaijan filed a counter-case. On 22 February 2023 the Court ordered Baku to ensure unimpeded movement along the Lachin corridor and rejected Azerbaijan\u2019s own requests. The agreed 2025 peace text provides for withdrawing such interstate claims.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title:
					'UN Court: Azerbaijan should ensure free movement along Lachin corridor in both directions',
				url: 'https://en.armradio.am/2023/02/22/un-court-azerbaijan-should-ensure-free-movement-along-lachin-corridor-in-both-directions/',
				date: '2023-02-22'
			},
			{
				publisher: 'Armenian National Institute (ICJ order text)',
				title:
					'Application of the International Convention on the Elimination of All Forms of Racial Discrimination (Armenia v. Azerbaijan): Order',
				url: 'https://armenian-genocide.org/Karabakh.34/current_category.400/nagorno-karabakh_detail.html',
				date: '2023-02-22'
			},
			{
				publisher: 'KarabakhSpace (commonspace.eu)',
				title: 'ICJ obliges Azerbaijan to ensure unimpeded movement along Lachin Corridor',
				url: 'https://karabakhspace.commonspace.eu/news/icj-obliges-azerbaijan-ensure-unimpeded-movement-lachin-corridor'
			},
			{
				publisher: 'Particle News',
				title: 'Armenia and Azerbaijan Finalize Peace Deal After Decades of Conflict',
				url: 'https://particle.news/story/armenia-and-azerbaijan-finalize-peace-deal-after-decades-of-conflict'
			}
		]
	},
	{
		id: 'aze-arm-nkr-dissolution-2024',
		type: 'conflict',
		from: 'AZE',
		to: 'ARM',
		start: '2023-09-28',
		end: '2024-01-01',
		title: 'Dissolution of the Nagorno-Karabakh Republic',
		summary:
			'Karabakh leader Samvel Shahramanyan decreed on 28 September 2023 that all institutions of the self-declared republic would be dissolved by 1 January 2024, citing the military situation and the Russian-mediated deal for free passage to Armenia. The decree took effect on 1 January 2024.',
		status: 'ended',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Nagorno-Karabakh Republic to dissolve by January 2024',
				url: 'https://oc-media.org/nagorno-karabakh-republic-to-dissolve-by-january-2024/',
				date: '2023-09-28'
			},
			{
				publisher: 'bne IntelliNews',
				title: 'Nagorno-Karabakh Republic dissolves itself',
				url: 'https://www.intellinews.com/nagorno-karabakh-republic-dissolves-itself-294618',
				date: '2023-09-28'
			},
			{
				publisher: 'forrights.am',
				title:
					'Armenia did not notice the decree about the dissolution of the Republic of Artsakh entering into force',
				url: 'https://forrights.am/2024/01/04/armenia-did-not-notice-the-decree-about-the-dissolution-of-the-republic-of-artsakh-entering-into-force/',
				date: '2024-01-04'
			}
		]
	},

	// ---------------------------------------------------------------- mediation formats
	{
		id: 'arm-aze-osce-minsk-group-1992',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['OSCE', 'RUS', 'USA', 'FRA'],
		start: '1992-03-24',
		end: '2025-11-30',
		title: 'OSCE Minsk Group mediation',
		summary:
			'Grew out of the CSCE decision of 24 March 1992 to convene a Minsk conference on Nagorno-Karabakh; the 1994 Budapest summit created a co-chairmanship, held by Russia, the US and France from 1997. Sidelined after 2020, it was closed with all related structures at 23:59 on 30 November 2025 at the joint request of Armenia and Azerbaijan.',
		status: 'ended',
		sources: [
			{
				publisher: 'NKR Office in the USA',
				title: 'OSCE Minsk Conference',
				url: 'http://nkrusa.org/nk%5Fconflict/osce_minsk.shtml'
			},
			{
				publisher: 'Heydar Aliyev Heritage Library',
				title: 'OSCE Minsk group',
				url: 'https://lib.aliyev-heritage.org/print.php?lang=en&page=2823467'
			},
			{
				publisher: 'T\u00fcrkiye Today',
				title: 'OSCE finalizes dissolution of Minsk Group formed to resolve Karabakh conflict',
				url: 'https://www.turkiyetoday.com/world/osce-finalizes-dissolution-of-minsk-group-formed-to-resolve-karabakh-conflict-3210652'
			}
		]
	},
	{
		id: 'osce-aze-personal-representative-monitoring',
		type: 'mission',
		from: 'OSCE',
		to: 'AZE',
		parties: ['ARM'],
		start: '1997',
		end: '2025-11-30',
		title: 'OSCE Personal Representative ceasefire monitoring',
		summary:
			'The office of the OSCE Chairperson\u2019s Personal Representative, Andrzej Kasprzyk, ran agreed monitoring exercises on the Karabakh line of contact and the Armenia-Azerbaijan border; they were suspended in March 2020 by pandemic restrictions. The post was abolished with the Minsk Group structures in 2025.',
		status: 'ended',
		uncertain:
			'The start date is when Andrzej Kasprzyk took up the post, per Azernews; no source seen gives the founding date of the office itself.',
		sources: [
			{
				publisher: 'Azernews (Trend)',
				title:
					'The 2018 Italian OSCE Chairmanship has extended mandate of Ambassador Andrzej Kasprzyk',
				url: 'https://www.azernews.az/karabakh/125424.html',
				date: '2018-01-12'
			},
			{
				publisher: 'Asbarez',
				title: 'OSCE Says Border Monitoring is Important for Confidence Building',
				url: 'http://asbarez.com/164115/osce-says-border-monitoring-is-important-for-confidence-building/',
				date: '2017-06-06'
			},
			{
				publisher: 'AzVision',
				title: 'My office works online due to border closure, says Andrzej Kasprzyk',
				url: 'https://en.azvision.az/news/126093/-my-office-works-online-due-to-border-closure,-says-andrzej-kasprzyk-.html',
				date: '2020-06-17'
			},
			{
				publisher: 'ArmeniaNews (RBC)',
				title: 'OSCE Minsk Group planned to be dissolved by December, Russia says',
				url: 'https://armenianews.me/En/osce-minsk-group-planned-to-be-dissolved-by-december-russia-says'
			}
		]
	},
	{
		id: 'arm-aze-osce-minsk-closure-decision-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['OSCE'],
		start: '2025-09-01',
		end: '2025-09-01',
		title: 'OSCE decides to close the Minsk process',
		summary:
			'After the two foreign ministers jointly asked the OSCE on 8 August 2025 to wind up the Minsk process, the decision was adopted by silence procedure on 1 September, with Russia, the US and France not objecting. It covered the Minsk Group, the Personal Representative and the High-Level Planning Group.',
		status: 'in-force',
		sources: [
			{
				publisher: 'ArmeniaNews (RBC)',
				title: 'OSCE Minsk Group planned to be dissolved by December, Russia says',
				url: 'https://armenianews.me/En/osce-minsk-group-planned-to-be-dissolved-by-december-russia-says'
			},
			{
				publisher: 'Kierunek Kaukaz',
				title: 'Grupa Mi\u0144ska OBWE ds. Karabachu rozwi\u0105zana',
				url: 'https://kierunekkaukaz.pl/2025/09/01/grupa-minska-obwe-ds-karabachu-rozwiazana',
				date: '2025-09-01'
			},
			{
				publisher: 'Caliber.Az',
				title: 'OSCE initiates formal process to dissolve Minsk Group structures \u2014 official',
				url: 'https://caliber.az/en/post/osce-initiates-formal-process-to-dissolve-minsk-group-structures-official'
			}
		]
	},
	{
		id: 'arm-aze-rus-moscow-trilateral-2021',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['RUS'],
		start: '2021-01-11',
		end: '2021-01-11',
		title: 'Putin hosts Aliyev and Pashinyan in Moscow',
		summary:
			'The first post-war trilateral summit, nearly four hours long, reviewed implementation of the November 2020 statement, with Putin presenting Russia as the mediator of the ceasefire.',
		sources: [
			{
				publisher: 'TASS',
				title: 'Trilateral talks between Putin, Aliyev and Pashinyan lasted nearly 4 hours',
				url: 'https://tass.com/politics/1243575/amp',
				date: '2021-01-11'
			}
		]
	},
	{
		id: 'arm-aze-rus-sochi-statement-2022',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['RUS'],
		start: '2022-10-31',
		end: '2022-10-31',
		title: 'Sochi trilateral meeting hosted by Putin',
		summary:
			'Putin hosted Aliyev and Pashinyan in Sochi; per the Azerbaijani foreign ministry the two leaders there confirmed recognition of each other\u2019s territorial integrity and agreed to keep preparing a peace treaty, commitments their foreign ministers reaffirmed in Washington on 7 November 2022.',
		sources: [
			{
				publisher: 'Azerbaijan Today',
				title: 'Bayramov And Mirzoyan Discussed Elements of a Possible Peace Treaty',
				url: 'https://www.azerbaijantoday.az/2022/11/08/bayramov-and-mirzoyan-discussed-elements-of-a-possible-peace-treaty/',
				date: '2022-11-08'
			}
		]
	},

	// ---------------------------------------------------------------- peace process
	{
		id: 'arm-aze-eu-brussels-talks-2021',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['EU'],
		start: '2021-12',
		end: '2023-07-15',
		title: 'Brussels talks hosted by Charles Michel',
		summary:
			'European Council President Charles Michel hosted six trilateral meetings with Aliyev and Pashinyan from December 2021 to July 2023, launching work on a peace treaty and a joint border commission and anchoring delimitation on the 1991 Almaty Declaration (29,800 km2 for Armenia, 86,600 km2 for Azerbaijan).',
		status: 'ended',
		sources: [
			{
				publisher: 'The European Times',
				title:
					'Phone calls of President Charles Michel with Leaders of Armenia and Azerbaijan on 19 November 2021',
				url: 'https://europeantimes.news/2021/11/phone-calls-of-president-charles-michel-with-leaders-of-armenia-azerbaijan'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'EU Head Hosts Another Armenian-Azeri Summit',
				url: 'https://azatutyun.am/a/32012828.html',
				date: '2022-08-31'
			},
			{
				publisher: 'newsaze.com',
				title: 'Azerbaijan, Armenia to start process for peace talks: EU\u2019s Michel',
				url: 'http://newsaze.com/azerbaijan-armenia-to-start-process-for-peace-talks-eus-michel'
			},
			{
				publisher: '168.am',
				title:
					'Press remarks by President Charles Michel following trilateral meeting with President Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia',
				url: 'https://en.168.am/2023/07/16/45007.html',
				date: '2023-07-16'
			}
		]
	},
	{
		id: 'arm-aze-prague-alma-ata-recognition-2022',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['FRA', 'EU'],
		start: '2022-10-06',
		end: '2022-10-06',
		title: 'Prague meeting: mutual recognition of territorial integrity',
		summary:
			'On the margins of the first European Political Community summit, with Macron and Michel, Armenia and Azerbaijan confirmed their commitment to the UN Charter and the 1991 Alma-Ata Declaration, recognising each other\u2019s territorial integrity as the basis for border delimitation. Armenia also agreed to an EU civilian mission on its side of the border.',
		sources: [
			{
				publisher: 'Aravot (European Council statement)',
				title:
					'There was an agreement by Armenia to facilitate a civilian EU mission alongside the border with Azerbaijan',
				url: 'https://en.aravot.am/2022/10/07/311878',
				date: '2022-10-07'
			},
			{
				publisher: 'PA-X Peace Agreements Database',
				title:
					'Statement following quadrilateral meeting between President Aliyev, Prime Minister Pashinyan, President Macron and President Michel',
				url: 'https://pax.peaceagreements.org/agreements/2468'
			},
			{
				publisher: 'Hetq',
				title:
					'Armenia, Azerbaijan Reaffirm Recognition of Each Other\u2019s Territorial Integrity and Sovereignty',
				url: 'https://hetq.am/en/article/149050'
			}
		]
	},
	{
		id: 'arm-aze-usa-arlington-talks-2023',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['USA'],
		start: '2023-05-01',
		end: '2023-05-04',
		title: 'US-hosted foreign minister talks in Arlington',
		summary:
			'Mirzoyan and Bayramov negotiated the draft peace treaty for four days at the State Department\u2019s training centre near Washington, meeting Blinken and Sullivan; they reported progress on some articles while key issues stayed divergent.',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title:
					'Armenia, Azerbaijan have advanced mutual understanding on some articles of draft peace treaty \u2013 MFA',
				url: 'https://en.armradio.am/2023/05/04/armenia-azerbaijan-have-advanced-mutual-understanding-on-some-articles-of-draft-peace-treaty-mfa/',
				date: '2023-05-04'
			}
		]
	},
	{
		id: 'arm-aze-joint-statement-prisoners-cop29-2023',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		start: '2023-12-07',
		end: '2023-12-07',
		title: 'First bilateral joint statement: prisoner release and COP29',
		summary:
			'In their first joint statement without a mediator, Armenia\u2019s government and Azerbaijan\u2019s presidential administration agreed to normalise relations on the basis of territorial integrity; Azerbaijan freed 32 Armenian servicemen and Armenia two Azerbaijanis, and Armenia withdrew its bid so Baku could host COP29.',
		sources: [
			{
				publisher: 'Armenian Club',
				title:
					'For the first time: a joint statement by Armenia and Azerbaijan "to achieve long-awaited peace in the region"',
				url: 'https://armenianclub.com/2023/12/08/for-the-first-time-a-joint-statement-by-armenia-and-azerbaijan-to-achieve-long-awaited-peace-in-the-region',
				date: '2023-12-07'
			},
			{
				publisher: 'MENAFN (AzerNews)',
				title: 'Azerbaijani President Administration, Armenian PM Office Issue Joint Statement',
				url: 'https://menafn.com/1107561409/Azerbaijani-President-Administration-Armenian-PM-Office-Issue-Joint-Statement'
			},
			{
				publisher: 'Alpha News',
				title: 'Russia welcomes joint statement by Armenia and Azerbaijan',
				url: 'https://alphanews.am/?p=50949',
				date: '2023-12-08'
			}
		]
	},
	{
		id: 'arm-aze-tavush-gazakh-delimitation-2024',
		type: 'treaty',
		from: 'ARM',
		to: 'AZE',
		start: '2024-04-19',
		end: null,
		title: 'First border delimitation: Tavush-Gazakh villages',
		summary:
			'At their eighth meeting the two border commissions agreed the line near four village pairs in Armenia\u2019s Tavush and Azerbaijan\u2019s Gazakh district, based on Soviet-era maps and the Alma-Ata Declaration, returning areas held by Armenia since the 1990s. Geodetic work on the ground began on 23 April amid protests in Tavush.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Azerbaijan 24 saat',
				title:
					'Armenia and Azerbaijan have agreed on the state border in the area of four villages between Gazakh and Tavush',
				url: 'https://eng.az24saat.org/2024/04/19/armenia-and-azerbaijan-have-agreed-on-the-state-border-in-the-area-of-four-villages-between-gazakh-and-tavush/',
				date: '2024-04-19'
			},
			{
				publisher: 'Public Radio of Armenia',
				title: 'Armenian, Azerbaijani experts start determining coordinates on the ground',
				url: 'https://en.armradio.am/2024/04/23/armenian-azerbaijani-experts-start-determining-coordinates-on-the-ground/',
				date: '2024-04-23'
			}
		]
	},
	{
		id: 'aze-arm-constitution-precondition-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		start: '2024',
		end: null,
		title: 'Azerbaijan conditions peace on a new Armenian constitution',
		summary:
			'Since 2024 Aliyev has said a peace treaty cannot be signed while Armenia\u2019s constitution refers to the independence declaration, which Baku reads as a claim on Karabakh. Pashinyan says a new constitution is needed anyway and plans a referendum (Caliber.Az reported it expected in 2026); Baku repeated the condition after the August 2025 initialling.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Horizon Weekly',
				title:
					'Aliyev Again Insists of Changes to Armenia\u2019s Constitution as Precondition for Peace',
				url: 'https://horizonweekly.ca/?p=603388'
			},
			{
				publisher: 'Caliber.Az',
				title: 'Initialling, declaration, Section 907, and strategic partnership',
				url: 'https://caliber.az/en/post/initialling-declaration-section-907-and-strategic-partnership'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Aliyev Sees Constitution Change In Armenia',
				url: 'https://rfe.pangea-cms.com/preview/hy-AM/a/33514746.html'
			}
		]
	},
	{
		id: 'arm-aze-peace-agreement-2025',
		type: 'treaty',
		from: 'ARM',
		to: 'AZE',
		start: '2025-03-13',
		end: null,
		title: 'Agreement on Establishment of Peace and Inter-State Relations',
		summary:
			'Both foreign ministries announced on 13 March 2025 that the text was agreed, Armenia accepting Baku\u2019s wording on the last disputed articles (including no third-country forces on the border and withdrawal of interstate legal claims). The foreign ministers initialled it in Washington on 8 August 2025; signature awaits Armenia\u2019s constitutional change, per Baku.',
		status: 'announced',
		sources: [
			{
				publisher: 'Eurasianet (via reprint)',
				title: 'Armenia and Azerbaijan Edge Closer to Historic Peace Agreement',
				url: 'https://darkblue-guanaco-904513.hostingersite.com/armenia-and-azerbaijan-edge-closer-to-historic-peace-agreement',
				date: '2025-03-14'
			},
			{
				publisher: 'Asian News (Reuters)',
				title: 'Armenia and Azerbaijan agree treaty terms to end almost 40 years of conflict',
				url: 'https://asian-news.net/post/armenia-and-azerbaijan-agree-treaty-terms-to/34494',
				date: '2025-03-13'
			},
			{
				publisher: 'Particle News',
				title: 'Armenia and Azerbaijan Finalize Peace Deal After Decades of Conflict',
				url: 'https://particle.news/story/armenia-and-azerbaijan-finalize-peace-deal-after-decades-of-conflict'
			},
			{
				publisher: 'News Pravda (RT)',
				title: 'Armenia and Azerbaijan publish US-brokered peace agreement (FULL TEXT)',
				url: 'https://usa.news-pravda.com/usa/2025/08/11/416208.html',
				date: '2025-08-11'
			}
		]
	},
	{
		id: 'arm-aze-abu-dhabi-summit-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		start: '2025-07-10',
		end: '2025-07-10',
		title: 'Aliyev-Pashinyan bilateral summit in Abu Dhabi',
		summary:
			'Hosted by the UAE, the leaders held their first formal bilateral meeting since the March text agreement, with no mediator; after five hours they called direct talks the most effective format and told their border commissions to continue delimitation, but announced no concrete deal.',
		sources: [
			{
				publisher: 'Daily Sabah',
				title: 'Azerbaijan, Armenia agree to maintain direct peace dialogue',
				url: 'https://www.dailysabah.com/politics/azerbaijan-armenia-agree-to-maintain-direct-peace-dialogue/news',
				date: '2025-07-10'
			},
			{
				publisher: 'Hyetert',
				title:
					'Pashinyan and Aliyev Discuss \u201cVarious Aspects of the Armenia-Azerbaijan Normalization Agenda\u201d',
				url: 'https://hyetert.org/2025/07/10/pashinyan-and-aliyev-discuss-various-aspects-of-the-armenia-azerbaijan-normalization-agenda/',
				date: '2025-07-10'
			}
		]
	},
	{
		id: 'arm-aze-usa-washington-summit-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['USA'],
		start: '2025-08-08',
		end: '2025-08-08',
		title: 'Washington summit and Joint Declaration with Trump',
		summary:
			'Aliyev and Pashinyan signed a Joint Declaration at the White House with Trump as witness: they saw the peace treaty initialled, signed a joint appeal to close the OSCE Minsk process and agreed to open transport links, including unimpeded transit to Nakhchivan via Armenia under the TRIPP project.',
		sources: [
			{
				publisher: 'OSW Centre for Eastern Studies',
				title: 'The Washington Declaration: moving closer to peace in the South Caucasus',
				url: 'https://www.osw.waw.pl/en/publikacje/analyses/2025-08-12/washington-declaration-moving-closer-to-peace-south-caucasus?page=1',
				date: '2025-08-12'
			},
			{
				publisher: 'Gazzetta Diplomatica',
				title:
					'Armenia-Azerbaigian, il testo integrale dell\u2019accordo di pace sottoscritto a Washington',
				url: 'https://gazzettadiplomatica.it/armenia-azerbaigian-il-testo-integrale-dellaccordo-di-pace-sottoscritto-a-washington'
			},
			{
				publisher: 'One America News',
				title:
					'Trump hosts peace summit with Armenian and Azerbaijani leaders who propose nominating him for Nobel Peace Prize',
				url: 'https://www.oann.com/newsroom/trump-hosts-peace-summit-with-armenian-and-azerbaijani-leaders-who-propose-nominating-him-for-nobel-peace-prize/',
				date: '2025-08-08'
			}
		]
	},
	{
		id: 'arm-usa-tripp-corridor-2025',
		type: 'energy',
		from: 'ARM',
		to: 'USA',
		start: '2025-08-08',
		end: null,
		title: 'Trump Route for International Peace and Prosperity (TRIPP)',
		summary:
			'Agreed at the Washington summit, TRIPP is a US-backed multimodal road, rail, energy and digital route across Armenia\u2019s Syunik linking mainland Azerbaijan with Nakhchivan under Armenian sovereignty. The January 2026 implementation framework creates a TRIPP Development Company, 74% US and 26% Armenian, with a 49-year development right extendable by 50 years.',
		status: 'announced',
		sources: [
			{
				publisher: '1lurer.am (Public TV of Armenia)',
				title:
					'Joint Statement on the Publication of the Armenia-U.S. Implementation Framework for the Trump Route for International Peace and Prosperity (TRIPP)',
				url: 'https://www.1lurer.am/en/2026/01/14/Ermənistan-ABŞ-“Beynəlxalq-Sülh-və-Rifah-üçün-Tramp-Yolu”-proqramının-icra-çərçivəsinin-təqdim-edil/1446539',
				date: '2026-01-14'
			},
			{
				publisher: 'Vestnik Kavkaza',
				title:
					'Armenia and U.S. establishing TRIPP Development to implement \u2018Trump Route\u2019',
				url: 'https://en.vestikavkaza.ru/amp/180037'
			},
			{
				publisher: 'tippinsights',
				title: 'U.S. Brokers Armenia-Azerbaijan Peace',
				url: 'https://tippinsights.com/u-s-brokers-armenia-azerbaijan-peace'
			}
		]
	},
	{
		id: 'usa-arm-tripp-assistance-2025',
		type: 'aid',
		from: 'USA',
		to: 'ARM',
		start: '2025-09-11',
		end: null,
		title: 'US pledges first $145 million for TRIPP',
		summary:
			'A State Department official announced in Yerevan that the US, working with Congress, planned $145 million in assistance as a first step toward TRIPP, aimed at trade, infrastructure, critical mineral supply chains and cross-border security.',
		status: 'announced',
		value: 'USD 145 million (planned first installment)',
		sources: [
			{
				publisher: 'Zartonk Media',
				title:
					'United States to provide $145 million to Armenia as first installment to establish the Trump Route (TRIPP)',
				url: 'https://zartonkmedia.com/2025/09/12/united-states-to-provide-145-million-to-armenia-as-first-installment-to-establish-the-trump-route-tripp',
				date: '2025-09-12'
			}
		]
	},
	{
		id: 'aze-arm-transit-ban-lifted-kazakh-grain-2025',
		type: 'energy',
		from: 'AZE',
		to: 'ARM',
		parties: ['KAZ'],
		start: '2025-10-21',
		end: null,
		title: 'Azerbaijan lifts transit ban to Armenia; Kazakh grain first',
		summary:
			'Aliyev announced in Astana that Azerbaijan had lifted the cargo transit restrictions on Armenia in place since the early 1990s, the first consignment being Kazakh wheat routed via Aktau-Baku and Georgian railways. Tokayev said 1,000 tonnes reached Armenia in November 2025.',
		status: 'in-force',
		value: '1,000 tonnes of Kazakh wheat (first shipment)',
		sources: [
			{
				publisher: 'Maritime Professional (Reuters)',
				title: 'Azerbaijan removes restrictions on cargo transit from Armenia as a sign of peace',
				url: 'https://logistics.maritimeprofessional.com/transport-infrastructure/2025/10/21/azerbaijan-removes-restrictions-on-cargo-transit-from-armenia-as-a-sign-of-peace',
				date: '2025-10-21'
			},
			{
				publisher: 'Orda.kz',
				title: 'Azerbaijan Lifts Transit Ban, Allowing First Cargo Shipment to Armenia',
				url: 'https://en.orda.kz/azerbaijan-lifts-transit-ban-allowing-first-cargo-shipment-to-armenia-8921'
			},
			{
				publisher: 'Day News (Trend)',
				title:
					'President Tokayev thanks President Ilham Aliyev for removing transit restrictions on goods to Armenia',
				url: 'https://daynews.space/president-tokayev-thanks-president-ilham-aliyev-for-removing-transit-restrictions-on-goods-to-armenia'
			}
		]
	},

	{
		id: 'aze-arm-first-fuel-shipment-2025',
		type: 'energy',
		from: 'AZE',
		to: 'ARM',
		start: '2025-12-18',
		end: null,
		title: 'First Azerbaijani fuel shipment to Armenia',
		summary:
			'Following a 28 November 2025 deal between the two deputy prime ministers in Gabala, SOCAR-made AI-95 petrol left Baku by rail for Armenia via Georgia on 18 December, the first such delivery in three decades. Pashinyan called it private trade made possible by peace.',
		status: 'delivered',
		value: '1,220 tonnes of petrol in 22 rail wagons',
		sources: [
			{
				publisher: 'H\u00fcrriyet Daily News',
				title: 'Azerbaijan transports 1st fuel shipment to Armenia after decades',
				url: 'https://www.hurriyetdailynews.com/azerbaijan-delivers-first-fuel-shipment-to-armenia-after-decades-216971',
				date: '2025-12-19'
			},
			{
				publisher: 'TRT World',
				title: 'Azerbaijan sends first fuel shipment to Armenia after decades of war',
				url: 'https://www.trtworld.com:443/article/a67c210dac4f',
				date: '2025-12-18'
			},
			{
				publisher: 'Caucasus Business Journal',
				title:
					'SOCAR Sends First Gasoline Shipment to Armenia as Transit Channels Reopen via Georgia',
				url: 'https://www.caucasusbusinessjournal.com/news/socar-sends-first-gasoline-shipment-to-armenia-as-transit-channels-reopen-via-georgia',
				date: '2025-12-25'
			}
		]
	},

	// ---------------------------------------------------------------- 3+3 format
	{
		id: 'arm-aze-3plus3-moscow-2021',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['TUR', 'IRN', 'RUS'],
		start: '2021-12-10',
		end: '2021-12-10',
		title: '3+3 regional platform: first meeting in Moscow',
		summary:
			'The six-party platform proposed by Erdogan and Aliyev met for the first time at deputy foreign minister level, agreeing to work on confidence-building, trade, transport and cultural cooperation. Georgia was invited but stayed away, so only five states took part.',
		sources: [
			{
				publisher: 'Public Radio of Armenia',
				title: 'Moscow hosts first meeting of 3+3 platform',
				url: 'https://en.armradio.am/2021/12/10/moscow-hosts-first-meeting-of-33-platform/',
				date: '2021-12-10'
			},
			{
				publisher: 'Iran Press',
				title: 'Lavrov: Regional 3+3 platform looking ever more promising for Caucasus',
				url: 'https://iranpress.com/lavrov--regional-3-3-platform-looking-ever-more-promising-for-caucasus'
			}
		]
	},
	{
		id: 'arm-aze-3plus3-tehran-2023',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['TUR', 'IRN', 'RUS'],
		start: '2023-10-23',
		end: '2023-10-23',
		title: '3+3 regional platform: Tehran ministerial',
		summary:
			'The foreign ministers of Iran, Armenia, Azerbaijan, Russia and Turkey held the second 3+3 meeting, the first at ministerial level, and issued a communique on territorial integrity, non-use of force and economic cooperation. Georgia again stayed away.',
		sources: [
			{
				publisher: 'MFA of Armenia',
				title: 'Joint Communique of the Second Meeting of the 3+3 Regional Platform',
				url: 'https://www.mfa.am/en/press-releases/2023/10/23/joint_statement/12291',
				date: '2023-10-23'
			},
			{
				publisher: 'Hyetert (TASS)',
				title:
					'Armenian, Azerbaijani foreign ministers meet informally at 3+3 consultations in Tehran',
				url: 'https://hyetert.org/2023/10/24/armenian-azerbaijani-foreign-ministers-meet-informally-at-33-consultations-in-tehran/',
				date: '2023-10-24'
			}
		]
	},
	{
		id: 'arm-aze-3plus3-istanbul-2024',
		type: 'diplomacy',
		from: 'ARM',
		to: 'AZE',
		parties: ['TUR', 'IRN', 'RUS'],
		start: '2024-10-18',
		end: '2024-10-18',
		title: '3+3 regional platform: Istanbul ministerial',
		summary:
			'Hakan Fidan hosted the third meeting with the Armenian, Azerbaijani, Iranian and Russian foreign ministers; the joint communique welcomed normalisation in the region and agreed to explore cooperation in transport, trade, energy and connectivity. Georgia again did not take part.',
		sources: [
			{
				publisher: 'Kentron',
				title: 'Joint communique of the third meeting of the 3+3 regional cooperation platform',
				url: 'https://kentron.am/en/news/305608',
				date: '2024-10-19'
			},
			{
				publisher: 'Daily Sabah',
				title: '3+3 platform meeting focuses on lasting peace in South Caucasus',
				url: 'https://dailysabah.com/politics/diplomacy/33-platform-meeting-focuses-on-lasting-peace-in-south-caucasus'
			}
		]
	},

	// ---------------------------------------------------------------- Armenia-Turkey
	{
		id: 'tur-arm-border-closure-1993',
		type: 'conflict',
		from: 'ARM',
		to: 'TUR',
		start: '1993',
		end: null,
		title: 'Turkey closes its border with Armenia',
		summary:
			'Turkey shut the land border in 1993 in solidarity with Azerbaijan during the Karabakh war and has kept it closed, tying reopening to the Karabakh issue. The two states have never established diplomatic relations.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'AFP (via Armenian Diaspora forum)',
				title: 'Turkey to keep border with Armenia closed: Turkish FM',
				url: 'https://armeniandiaspora.com/forum/2004/april-2004/2270-ankara-turkey-to-keep-border-with-armenia-closed-turkish-fm',
				date: '2004-04-19'
			},
			{
				publisher: 'BM.GE',
				title:
					'FlyOne Armenia Receives Permission to Operate Yerevan-Istanbul-Yerevan Charter flights',
				url: 'https://bm.ge/en/article/flyone-armenia-receives-permission-to-operate-yerevan-istanbul-yerevan-charter-flights-/98941',
				date: '2021-12-31'
			},
			{
				publisher: 'H\u00fcrriyet Daily News',
				title: 'Turkey will not open Armenia border amid Karabakh occupation: Erdo\u011fan',
				url: 'https://hurriyetdailynews.com/turkey-will-not-open-armenia-border-amid-karabakh-occupation-erdogan-136892',
				date: '2018-09-15'
			}
		]
	},
	{
		id: 'arm-tur-zurich-protocols-2009',
		type: 'treaty',
		from: 'ARM',
		to: 'TUR',
		start: '2009-10-10',
		end: '2018-03-01',
		title: 'Zurich Protocols on normalising Armenia-Turkey relations',
		summary:
			'Foreign ministers Nalbandyan and Davutoglu signed protocols on diplomatic relations and opening the border, brokered by the US, Russia and France. Turkey then tied ratification to Karabakh; Armenia suspended ratification in 2010, recalled them in 2015 and declared them null and void on 1 March 2018.',
		status: 'ended',
		sources: [
			{
				publisher: 'Turkish MFA (Consulate General Chicago)',
				title: 'Turkish and Armenian Foreign Ministers sign protocols',
				url: 'https://chicago-cg.mfa.gov.tr/Mission/ShowAnnouncement/116710',
				date: '2009-10-11'
			},
			{
				publisher: 'Wikipedia',
				title: 'Zurich Protocols',
				url: 'https://en.wikipedia.org/wiki/Zurich_Protocols'
			},
			{
				publisher: 'Massis Post (RFE/RL)',
				title: 'Armenia Scraps Turkish-Armenian Protocols',
				url: 'https://massispost.com/2018/03/armenia-scraps-turkish-armenian-protocols/',
				date: '2018-03'
			},
			{
				publisher: 'ARKA',
				title: 'Armenia to declare Zurich Protocols null and void in due time',
				url: 'https://www.arka.am/en/news/politics/armenia_to_declare_zurich_protocols_null_and_void_in_due_time',
				date: '2018-01-29'
			},
			{
				publisher: 'The Armenian Weekly',
				title: 'Armenia Declares Protocols with Turkey Null and Void',
				url: 'https://armenianweekly.com/2018/03/01/armenia-declares-protocols-turkey-null-void/',
				date: '2018-03-01'
			}
		]
	},
	{
		id: 'arm-tur-special-envoys-normalisation-2021',
		type: 'diplomacy',
		from: 'ARM',
		to: 'TUR',
		start: '2021-12',
		end: null,
		title: 'Special envoys\u2019 normalisation process (K\u0131l\u0131\u00e7-Rubinyan)',
		summary:
			'Turkey named former ambassador Serdar K\u0131l\u0131\u00e7 and Armenia deputy speaker Ruben Rubinyan as special representatives in December 2021; at their first meeting in Moscow on 14 January 2022 they agreed to pursue full normalisation without preconditions.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Turkish MFA (Consulate General Manchester)',
				title:
					'Press Release Regarding the Meeting of the Special Representatives for the Normalization Process Between T\u00fcrkiye and Armenia',
				url: 'https://manchester-cg.mfa.gov.tr/Mission/ShowAnnouncement/390036',
				date: '2022-01-14'
			},
			{
				publisher: 'Caucasus Watch',
				title: 'Envoys from Armenia and Turkey met for the first time',
				url: 'https://caucasuswatch.de/en/news/envoys-from-armenia-and-turkey-met-for-the-first-time.html'
			},
			{
				publisher: 'Infosurhoy (Anadolu)',
				title: 'On January 14, Turkish and Armenian special representatives will meet',
				url: 'https://infosurhoy.com/news/on-january-14-turkish-and-armenian-special-envoys-will-meet/',
				date: '2022-01-09'
			}
		]
	},
	{
		id: 'arm-tur-yerevan-istanbul-flights-2022',
		type: 'diplomacy',
		from: 'ARM',
		to: 'TUR',
		start: '2022-02-02',
		end: null,
		title: 'Direct Yerevan-Istanbul flights resume',
		summary:
			'As an early normalisation step, FlyOne Armenia and Pegasus Airlines were cleared to fly Yerevan-Istanbul; FlyOne\u2019s first flight landed in Istanbul on 2 February 2022 after a break of about two years.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Sondakika',
				title: 'Reciprocal charter flights between Turkey and Armenia',
				url: 'https://www.sondakika.com/haber/haber-reciprocal-charter-flights-between-turkey-and-14709771/',
				date: '2022-02-03'
			},
			{
				publisher: 'Turan',
				title: 'Turkey and Armenia to restore flights from February 2',
				url: 'https://turan.az/en/politics/turkey-and-armenia-to-restore-flights-from-february-2',
				date: '2022-01-19'
			}
		]
	},
	{
		id: 'arm-tur-vienna-border-cargo-agreement-2022',
		type: 'diplomacy',
		from: 'ARM',
		to: 'TUR',
		start: '2022-07-01',
		end: null,
		title: 'Envoys agree to open border to third-country nationals and air cargo',
		summary:
			'At their fourth meeting, in Vienna, the special envoys agreed to let third-country citizens cross the Turkish-Armenian land border at the earliest date and to start direct air cargo trade, reaffirming normalisation without preconditions.',
		status: 'announced',
		sources: [
			{
				publisher: 'MFA of Armenia',
				title:
					'\u0427\u0435\u0442\u0432\u0435\u0440\u0442\u0430\u044f \u0432\u0441\u0442\u0440\u0435\u0447\u0430 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u044c\u043d\u044b\u0445 \u043f\u0440\u0435\u0434\u0441\u0442\u0430\u0432\u0438\u0442\u0435\u043b\u0435\u0439 \u0410\u0440\u043c\u0435\u043d\u0438\u0438 \u0438 \u0422\u0443\u0440\u0446\u0438\u0438',
				url: 'https://mfa.am/ru/press-releases/2022/07/01/Armenia_Turkey_4th/11527',
				date: '2022-07-01'
			},
			{
				publisher: 'Eurasia Review (PanARMENIAN)',
				title: 'Armenia, Turkey Agree To Open Border For Third-Country Citizens',
				url: 'https://www.eurasiareview.com/03072022-armenia-turkey-agree-to-open-border-for-third-country-citizens/',
				date: '2022-07-02'
			},
			{
				publisher: 'Duvar English (Anadolu)',
				title: 'Turkey and Armenia to open border for third-country nationals',
				url: 'https://duvarenglish.com/amp/turkey-and-armenia-to-open-border-for-third-country-nationals-news-60986'
			}
		]
	},
	{
		id: 'arm-tur-margara-earthquake-aid-2023',
		type: 'aid',
		from: 'ARM',
		to: 'TUR',
		start: '2023-02-11',
		end: '2023-02-11',
		title: 'Armenian earthquake aid crosses the Margara-Alican border',
		summary:
			'After the 6 February 2023 earthquakes, five Armenian trucks with about 100 tonnes of food, water and medicine crossed the Margara bridge, the first use of the crossing in decades, following a 28-member Armenian rescue team. The crossing later reopened briefly for Armenian aid to Syria.',
		status: 'delivered',
		value: '5 trucks, about 100 tonnes of relief goods',
		sources: [
			{
				publisher: 'Gercek News',
				title: 'Turkish-Armenian border opens for delivery of relief supplies',
				url: 'https://www.gerceknews.com/diplomacy/the-turkish-armenian-border-opens-for-the-delivery-of-relief-supplies-218765h',
				date: '2023-02-11'
			},
			{
				publisher: 'DZRH News',
				title: 'Armenia-Turkey crossing re-opens after 35 years to aid earthquake victims',
				url: 'https://dzrh.com.ph/post/armenia-turkey-crossing-re-opens-after-35-years-to-aid-earthquake-victims'
			},
			{
				publisher: 'Finance Market News',
				title: 'Armenia to Send Humanitarian Aid to Syria via Turkey',
				url: 'https://financemarketnews.com/armenia-to-send-humanitarian-aid-to-syria-via-turkey'
			}
		]
	},
	{
		id: 'arm-tur-gyumri-kars-railway-talks-2024',
		type: 'energy',
		from: 'ARM',
		to: 'TUR',
		start: '2024-07',
		end: null,
		title: 'Talks on reopening the Gyumri-Kars railway',
		summary:
			'Meeting at the renovated Margara checkpoint in July 2024, the special envoys agreed to assess the technical requirements for reopening the Gyumri-Kars railway, shut since 1993; a second round of technical talks took place at the Akhurik-Akyaka crossing and in Gyumri in November 2025.',
		status: 'announced',
		sources: [
			{
				publisher: 'Hyetert (Azatutyun)',
				title: 'Yerevan and Ankara to Discuss Relaunch of Gyumri-Kars Railway',
				url: 'https://hyetert.org/2024/10/25/yerevan-and-ankara-to-discuss-relaunch-of-gyumri-kars-railway/',
				date: '2024-10-25'
			},
			{
				publisher: 'MENAFN (AzerNews)',
				title:
					'Armenia, T\u00fcrkiye Agree To Assess Technical Requirements For Gyumri-Kars Railway, Says Mirzoyan',
				url: 'https://menafn.com/1108795257/Armenia-Tu%CC%88rkiye-Agree-To-Assess-Technical-Requirements-For-Gyumri-Kars-Railway-Says-Mirzoyan',
				date: '2024-10-18'
			},
			{
				publisher: 'Report.az',
				title: 'Armenia and T\u00fcrkiye discuss restoration of Gyumri\u2013Kars railway',
				url: 'https://report.az/en/other/armenia-and-turkiye-discuss-restoration-of-gyumri-kars-railway',
				date: '2025-11-28'
			},
			{
				publisher: 'The Messenger (Georgia)',
				title: 'Armenia to reactivate Karsi-Gumri railway issue',
				url: 'https://messenger.com.ge./issues/1686_september_9_2008/1686_econ_two.html',
				date: '2008-09-09'
			}
		]
	},
	{
		id: 'arm-tur-pashinyan-istanbul-visit-2025',
		type: 'diplomacy',
		from: 'ARM',
		to: 'TUR',
		start: '2025-06-20',
		end: '2025-06-20',
		title: 'Pashinyan\u2019s visit to Istanbul and talks with Erdogan',
		summary:
			'On the first official bilateral visit of an Armenian head of government to Turkey, Pashinyan met Erdogan at Dolmabahce Palace; they discussed normalisation steps and the Armenia-Azerbaijan peace process, but announced no concrete agreements.',
		sources: [
			{
				publisher: 'EFE',
				title: 'Historic meeting in Istanbul between Turkish President and Armenian PM',
				url: 'https://efe.com/en/latest-news/2025-06-20/historic-meeting-turkish-president-armenian-pm',
				date: '2025-06-20'
			},
			{
				publisher: 'RFE/RL Azatutyun',
				title: 'Erdogan, Pashinian Meet In Istanbul',
				url: 'https://d3av24re7l4wwl.cloudfront.net/a/33450245.html',
				date: '2025-06-20'
			},
			{
				publisher: 'Daily Sabah',
				title: 'Erdo\u011fan, Pashinyan discuss T\u00fcrkiye-Armenia peace efforts, developments',
				url: 'https://www.dailysabah.com/politics/diplomacy/erdogan-pashinyan-discuss-turkiye-armenia-peace-efforts-developments',
				date: '2025-06-20'
			}
		]
	}
];
