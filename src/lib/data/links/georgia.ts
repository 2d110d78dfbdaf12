import type { Link } from '../types';

export const georgiaLinks: Link[] = [
	{
		id: 'geo-rus-august-war-2008',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2008-08-07',
		end: '2008-08-12',
		title: 'Russia-Georgia August war over South Ossetia',
		summary:
			'Fighting over South Ossetia broke out on 7-8 August 2008 when Georgian forces moved on the region and Russian troops crossed into Georgia, pushing beyond the breakaway regions. Medvedev announced a halt to operations on 12 August, the day the EU-brokered ceasefire was agreed.',
		status: 'ended',
		sources: [
			{
				publisher: 'US Central Command (American Forces Press Service)',
				title: 'Georgian troops return to troubled homeland',
				url: 'http://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/883694/georgian-troops-return-to-troubled-homeland/',
				date: '2008-08-12'
			},
			{
				publisher: 'UN Press',
				title:
					'Security Council Fails to Adopt Resolution Extending Mandate of Georgia Mission for 2 Weeks, as Russian Federation Votes against Text',
				url: 'https://press.un.org/en/2009/sc9681.doc.htm',
				date: '2009-06-15'
			},
			{
				publisher: 'The Moscow Times',
				title: 'How Sarkozy Ended the Fighting',
				url: 'http://oldtmt.vedomosti.ru/article.php?id=370003'
			}
		]
	},
	{
		id: 'geo-rus-six-point-ceasefire-2008',
		type: 'treaty',
		from: 'GEO',
		to: 'RUS',
		parties: ['FRA', 'EU'],
		start: '2008-08-12',
		end: null,
		title: 'Six-point ceasefire plan brokered by Sarkozy for the EU',
		summary:
			'French President Sarkozy, holding the EU presidency, negotiated a six-point plan with Medvedev in Moscow and Saakashvili in Tbilisi on 12 August 2008: non-use of force, end of hostilities, humanitarian access, withdrawal of forces to pre-war lines and international talks on security. Medvedev and Saakashvili signed separate copies rather than one document.',
		status: 'signed',
		sources: [
			{
				publisher: 'France24',
				title: 'Sarkozy: Russia, Georgia agree to peace plan',
				url: 'http://www.france24.com/en/20080812-sarkozy-russia-georgia-agree-peace-plan-georgia-russia'
			},
			{
				publisher: 'Embassy of France in the US',
				title: 'Georgia : the 6 points plan',
				url: 'https://franceintheus.org/spip.php?article1101',
				date: '2008-09-08'
			},
			{
				publisher: 'The Moscow Times',
				title: 'How Sarkozy Ended the Fighting',
				url: 'http://oldtmt.vedomosti.ru/article.php?id=370003'
			}
		]
	},
	{
		id: 'rus-recognises-abkhazia-south-ossetia-2008',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2008-08-26',
		end: null,
		title: 'Russia recognises Abkhazia and South Ossetia',
		summary:
			'After both chambers of the Russian parliament called for it, Medvedev signed decrees on 26 August 2008 recognising Abkhazia and South Ossetia as independent states. Tbilisi called it an annexation of its territory and Western governments condemned the move.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'UNPO',
				title: 'Abkhazia: Recognised by Russia',
				url: 'https://unpo.org/article/8564',
				date: '2008-08-26'
			},
			{
				publisher: 'Eurasia.ro',
				title: 'Russia recognises South Ossetia and Abkhazia',
				url: 'https://eurasia.ro/2008/08/26/russia-recognises-south-ossetia-and-abkhazia/',
				date: '2008-08-26'
			}
		]
	},
	{
		id: 'geo-rus-diplomatic-rupture-2008',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2008-08-29',
		end: null,
		title: 'Georgia breaks off diplomatic relations with Russia',
		summary:
			'Days after Moscow recognised the breakaway regions, Georgia decided on 29 August 2008 to cut diplomatic ties and withdraw its diplomats from Moscow, keeping only consular links; Russia closed its embassy in Tbilisi in response. Relations have not been restored since.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'BBC News',
				title: 'Georgia breaks ties with Russia',
				url: 'http://news.bbc.co.uk/2/hi/europe/7588428.stm',
				date: '2008-08-29'
			},
			{
				publisher: 'France24',
				title: 'Georgia, Russia cut diplomatic ties',
				url: 'http://www.france24.com/en/20080829-georgia-russia-cut-diplomatic-ties-georgia-russia',
				date: '2008-08-30'
			}
		]
	},
	{
		id: 'rus-bases-abkhazia-south-ossetia',
		type: 'mission',
		from: 'RUS',
		to: 'GEO',
		start: '2008-08',
		end: null,
		title: 'Russian military bases in Abkhazia and South Ossetia',
		summary:
			'Russian troops stayed in both breakaway regions after the 2008 war; Moscow then signed 49-year base treaties with Sukhumi (17 February 2010) and Tskhinvali (7 April 2010), each extendable by 15-year periods. A Kremlin ratification notice dates the South Ossetian treaty to 17 February 2010, unlike other reports; Tbilisi calls the agreements legally void.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Civil.ge',
				title: 'Moscow, Tskhinvali Sign Military Base Treaty',
				url: 'https://civil.ge/archives/120049',
				date: '2010-04-07'
			},
			{
				publisher: 'Sputnik (RIA Novosti)',
				title: 'Russia, S.Ossetia sign agreement on military base',
				url: 'https://sputniknews.com/20100407/158465631.html',
				date: '2010-04-07'
			},
			{
				publisher: 'Kremlin',
				title: 'Agreement with South Ossetia on a unified Russian military base in the republic',
				url: 'http://en.special.kremlin.ru/catalog/keywords/78/events/12952',
				date: '2011-10-06'
			}
		]
	},
	{
		id: 'rus-geo-bases-withdrawal-2005-2007',
		type: 'treaty',
		from: 'GEO',
		to: 'RUS',
		start: '2005',
		end: '2007-11-13',
		title: 'Russia closes its Soviet-era bases in Georgia',
		summary:
			'Under a 2005 deal with the Saakashvili government, Russia agreed to close Akhalkalaki by October 2007 and Batumi during 2008, but handed over the Batumi base, its last, on 13 November 2007, formally ending more than two centuries of military presence. Russian peacekeepers in Abkhazia and South Ossetia were not covered.',
		status: 'ended',
		sources: [
			{
				publisher: 'Reuters',
				title: 'Russia closes last military base in Georgia',
				url: 'https://www.reuters.com/article/us-georgia-russia-bases/russia-closes-last-military-base-in-georgia-idUSL1387605220071113',
				date: '2007-11-13'
			},
			{
				publisher: 'CNSNews',
				title: 'Russia Finally Sets Date for Shutting Soviet-Era Bases in Georgia',
				url: 'http://www.cnsnews.com/news/article/russia-finally-sets-date-shutting-soviet-era-bases-georgia'
			}
		]
	},
	{
		id: 'rus-geo-cis-peacekeepers-abkhazia-1994-2008',
		type: 'mission',
		from: 'RUS',
		to: 'GEO',
		start: '1994-06',
		end: '2008-08-29',
		title: 'Russian-manned CIS peacekeeping force in Abkhazia',
		summary:
			'Following the May 1994 Moscow ceasefire, a CIS collective peacekeeping force built on the Russian contingent deployed in the Georgian-Abkhaz conflict zone in June 1994. After Russia recognised Abkhazia, Georgia on 29 August 2008 ordered withdrawal from all CIS and Russian peacekeeping agreements and declared the 1994 accord void.',
		status: 'ended',
		sources: [
			{
				publisher: 'Pravda.ru (RIA Novosti)',
				title:
					'Mandate of collective peace-keeping force in Georgian-Abkhaz conflict zone to be extended',
				url: 'https://english.pravda.ru/news/world/47442-n'
			},
			{
				publisher: 'RIA Novosti (via Armenianclub)',
				title: 'Georgia quits Moscow 1994 ceasefire agreement',
				url: 'https://armenianclub.com/2008/08/31/georgia-quits-moscow-1994-ceasefire-agreement',
				date: '2008-08-30'
			}
		]
	},
	{
		id: 'rus-geo-wine-water-embargo-2006',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2006-03',
		end: '2013-06',
		title: 'Russian embargo on Georgian wine and mineral water',
		summary:
			'Russia banned Georgian wine in spring 2006 and Borjomi mineral water in May 2006, citing health standards; Tbilisi called the bans political. Rospotrebnadzor readmitted Georgian producers in 2013 and the first wine shipment crossed into Russia on 15 June 2013.',
		status: 'ended',
		sources: [
			{
				publisher: 'RFE/RL',
				title: 'Russia Bans Georgian Mineral Water',
				url: 'https://rferl.org/amp/1068188.html',
				date: '2006-05-05'
			},
			{
				publisher: 'The Guardian',
				title: "First wine, now Russia bans Georgia's water",
				url: 'https://www.theguardian.com/world/2006/may/06/russia.nickpatonwalsh',
				date: '2006-05-06'
			},
			{
				publisher: 'RFE/RL',
				title: 'Russia Receives First Batch Of Georgian Wine After Seven-Year Break',
				url: 'https://www.rferl.org/a/russia-georgia-wine-returns/25017834.html',
				date: '2013-06-15'
			}
		]
	},
	{
		id: 'rus-geo-transport-blockade-2006',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		start: '2006-10-03',
		end: '2008',
		title: 'Russian blockade and deportations after the 2006 spy row',
		summary:
			'After Georgia arrested Russian officers on spying charges, Russia halted all air, rail, road, sea and postal links from 3 October 2006, even though the officers were released, and expelled thousands of Georgians; the European Court of Human Rights ruled in 2014 that the expulsions were an arbitrary coordinated policy. Air links resumed only in 2008 after an 18-month embargo.',
		status: 'ended',
		uncertain:
			'Sources give the 2008 resumption of air links only approximately (about four months before the August war); other measures were lifted at different times.',
		sources: [
			{
				publisher: 'BBC News',
				title: 'Moscow maintains Georgia blockade',
				url: 'http://news.bbc.co.uk/2/hi/europe/5401316.stm',
				date: '2006-10-03'
			},
			{
				publisher: 'RFE/RL (via GlobalSecurity)',
				title: "Georgia: 'Spies' Return, But Russia Suspends Transport, Postal Links",
				url: 'https://www.globalsecurity.org/military/library/news/2006/10/mil-061003-rferl01.htm',
				date: '2006-10-03'
			},
			{
				publisher: 'RFE/RL',
				title: 'European Court Condemns Russia For 2006 Expulsion Of Georgians',
				url: 'https://www.rferl.org/a/georgia-russia-expulsions-human-rights/25444207.html',
				date: '2014-07-03'
			},
			{
				publisher: 'AFP (via Armeniandiaspora)',
				title: 'Georgia-Russia border crossing to reopen Monday: Tbilisi',
				url: 'https://armeniandiaspora.com/forum/2010/february-2010/205946-georgia-russia-border-crossing-to-reopen-monday-tbilisi?p=205946',
				date: '2010-02-26'
			}
		]
	},
	{
		id: 'geo-rus-geneva-international-discussions-2008',
		type: 'diplomacy',
		from: 'GEO',
		to: 'RUS',
		parties: ['EU', 'OSCE', 'UN', 'USA'],
		start: '2008-10-15',
		end: null,
		title: 'Geneva International Discussions on the 2008 war',
		summary:
			'Launched in Geneva on 15 October 2008 under point six of the ceasefire plan, the talks are co-chaired by the EU, OSCE and UN and bring together participants from Tbilisi, Moscow, Washington, Tskhinvali and Sukhumi. They produced the incident prevention mechanisms at Ergneti and Gali.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'PanARMENIAN.Net (OSCE)',
				title: 'OSCE, UN And EU Set Next Date For Georgia Discussions',
				url: 'https://armenianclub.com/2008/10/16/osce-un-and-eu-set-next-date-for-georgia-discussions',
				date: '2008-10-16'
			},
			{
				publisher: 'OSCE',
				title:
					"At Geneva International Discussions, OSCE Chair's Special Representative calls for maintaining substantive dialogue",
				url: 'https://www.osce.org/chairmanship/119946',
				date: '2014-06-18'
			}
		]
	},
	{
		id: 'rus-geo-visa-free-2023',
		type: 'diplomacy',
		from: 'GEO',
		to: 'RUS',
		start: '2023-05-15',
		end: null,
		title: 'Russia lifts visas for Georgians and ends its 2019 flight ban',
		summary:
			'Decrees signed by Putin on 10 May 2023 let Georgian citizens enter Russia without visas for up to 90 days from 15 May and lifted the ban on Russian airline flights imposed in July 2019 after anti-Russian protests in Tbilisi. President Zourabichvili called it a provocation.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Anadolu Agency',
				title: 'Russia restores visa-free regime with Georgia from May 15',
				url: 'https://aa.com.tr/en/asia-pacific/russia-restores-visa-free-regime-with-georgia-from-may-15/2893889',
				date: '2023-05-10'
			},
			{
				publisher: 'Business Standard (AP)',
				title: 'Russia restores visa-free access for Georgians, lifts flight ban',
				url: 'https://www.business-standard.com/amp/world-news/russia-restores-visa-free-access-for-georgians-lifts-flight-ban-123051001389_1.html',
				date: '2023-05-10'
			}
		]
	},
	{
		id: 'geo-cis-withdrawal-2008-2009',
		type: 'treaty',
		from: 'GEO',
		to: 'RUS',
		start: '1993-12',
		end: '2009-08-18',
		title: 'Georgia leaves the Russian-led CIS',
		summary:
			'Georgia, a CIS member since December 1993, announced its exit on 12 August 2008 during the war; parliament approved it on 14 August and the CIS was notified on 18 August. Under the CIS charter the withdrawal took effect twelve months later, on 18 August 2009.',
		status: 'ended',
		sources: [
			{
				publisher: 'China Daily (Xinhua)',
				title: 'Georgia formally quits CIS',
				url: 'http://www.chinadaily.com.cn/world/2009-08/19/content_8585263.htm',
				date: '2009-08-19'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: 'Georgia to quit CIS August 18, 2009',
				url: 'https://www.panarmenian.net/eng/world/news/27321/',
				date: '2008-10-23'
			}
		]
	},
	{
		id: 'eu-geo-eumm-2008',
		type: 'mission',
		from: 'EU',
		to: 'GEO',
		start: '2008-10-01',
		end: null,
		title: 'EU Monitoring Mission in Georgia (EUMM)',
		summary:
			'The EU decided on 15 September 2008 to set up an unarmed civilian mission, and more than 200 monitors began patrolling on 1 October 2008 to watch compliance with the six-point ceasefire. It has operated along the administrative boundary lines of Abkhazia and South Ossetia ever since.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'EUMM Georgia',
				title: 'Extract from GAERC conclusions on ESDP, Brussels, 10 November 2008',
				url: 'https://www.eumm.eu/en/press_and_public_information/press_releases/91/?year=2008&month=12'
			},
			{
				publisher: 'Euroalert',
				title: 'EUMM in Georgia starts operational phase',
				url: 'https://euroalert.net/en/news/7898/eumm-in-georgia-starts-operational-phase'
			},
			{
				publisher: 'EEAS',
				title: 'Georgia and the EU',
				url: 'https://eeas.europa.eu/delegations/singapore/49070/georgia-and-eu_en'
			}
		]
	},
	{
		id: 'eu-geo-association-agreement-dcfta',
		type: 'treaty',
		from: 'GEO',
		to: 'EU',
		start: '2014-06-27',
		end: null,
		title: 'EU-Georgia Association Agreement with DCFTA',
		summary:
			'Georgia signed the Association Agreement, including a Deep and Comprehensive Free Trade Area, in Brussels on 27 June 2014. It was applied provisionally from 1 September 2014 and entered fully into force on 1 July 2016 after ratification by all member states.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Agenda.ge',
				title: 'Georgia signs Association Agreement with the EU',
				url: 'https://agenda.ge/en/news/2014/1551',
				date: '2014-06-27'
			},
			{
				publisher: 'Ministry of Foreign Affairs of Georgia',
				title: 'Georgia-EU Association Agreement has come in force!',
				url: 'http://www.mfa.gov.ge/News/%E1%83%A1%E1%83%90%E1%83%A5%E1%83%90%E1%83%A0%E1%83%97%E1%83%95%E1%83%94%E1%83%9A%E1%83%9D-%E1%83%94%E1%83%95%E1%83%A0%E1%83%9D%E1%83%99%E1%83%90%E1%83%95%E1%83%A8%E1%83%98%E1%83%A0%E1%83%98%E1%83%A1-%E1%83%90%E1%83%A1%E1%83%9D%E1%83%AA%E1%83%98%E1%83%A0%E1%83%94%E1%83%91%E1%83%98%E1%83%A1-%E1%83%A8%E1%83%94%E1%83%97%E1%83%90%E1%83%9C%E1%83%AE%E1%83%9B%E1%83%94%E1%83%91%E1%83%90-%E1%83%AB%E1%83%90%E1%83%9A%E1%83%90.aspx?lang=en-US',
				date: '2016-07-01'
			}
		]
	},
	{
		id: 'eu-geo-visa-free-2017',
		type: 'treaty',
		from: 'GEO',
		to: 'EU',
		start: '2017-03-28',
		end: null,
		title: 'Visa-free Schengen travel for Georgian citizens',
		summary:
			'After the European Parliament and Council approved it in February 2017, visa liberalisation entered into force on 28 March 2017, letting Georgians with biometric passports stay in the Schengen area for 90 days in any 180 without a visa. It came with a suspension mechanism.',
		status: 'in-force',
		sources: [
			{
				publisher: 'EEAS',
				title: 'Visa Free Travel comes into effect for Georgia',
				url: 'https://eeas.europa.eu/node/23697_en',
				date: '2017-03-28'
			},
			{
				publisher: 'UAWire',
				title:
					"Georgia's visa-free travel privileges with the European Union will start on March 28",
				url: 'https://www.uawire.org/news/georgia-s-visa-free-travel-privileges-with-the-european-union-start-on-march-28'
			}
		]
	},
	{
		id: 'eu-geo-candidate-status-2023',
		type: 'treaty',
		from: 'GEO',
		to: 'EU',
		start: '2023-12-14',
		end: null,
		title: 'EU grants Georgia candidate status',
		summary:
			'The European Council granted Georgia EU candidate status on 14 December 2023, on the understanding that nine steps recommended by the Commission would be taken, while opening accession talks only with Ukraine and Moldova. Georgia had applied on 3 March 2022.',
		status: 'frozen',
		sources: [
			{
				publisher: 'OC Media',
				title: 'EU grants Georgia candidate status',
				url: 'https://oc-media.org/eu-grants-georgia-candidate-status/',
				date: '2023-12-14'
			},
			{
				publisher: 'Civil.ge',
				title: 'BREAKING: Georgia Granted EU Candidate Status',
				url: 'https://civil.ge/archives/574502',
				date: '2023-12-14'
			},
			{
				publisher: 'Vimarsana (EEAS)',
				title:
					'Joint press statement following the 8th Association Council meeting between EU and Georgia',
				url: 'https://vimarsana.com/article/joint-press-statement-following-the-8th-association-council-meeting-between-eu-and-georgia-2024022256111'
			}
		]
	},
	{
		id: 'eu-geo-accession-halt-2024',
		type: 'conflict',
		from: 'GEO',
		to: 'EU',
		start: '2024-06-27',
		end: null,
		title: 'EU declares accession process de facto halted over foreign agents law',
		summary:
			'The European Council on 27 June 2024 said the law on transparency of foreign influence was backsliding on the steps for candidate status and was de facto leading to a halt of the accession process. The EU ambassador confirmed in July that accession was stopped for now.',
		status: 'frozen',
		sources: [
			{
				publisher: 'EIN Presswire (EU Neighbours East)',
				title:
					'Georgia: EU calls on authorities to abandon current course of action leading to a de facto halt in accession process',
				url: 'https://www.einpresswire.com/article/724283143/georgia-eu-calls-on-authorities-to-abandon-current-course-of-action-leading-to-a-de-facto-halt-in-accession-process',
				date: '2024-07-01'
			},
			{
				publisher: 'Kyiv Independent',
				title: 'EU freezes $32 million in defense funds for Georgia after accession talks stop',
				url: 'https://kyivindependent.com/eu-freezes-32-million-in-defense-funds-for-georgia-after-accession-talks-stop'
			}
		]
	},
	{
		id: 'geo-eu-accession-suspended-2024-11',
		type: 'conflict',
		from: 'GEO',
		to: 'EU',
		start: '2024-11-28',
		end: null,
		title: 'Georgian government shelves EU accession talks until end of 2028',
		summary:
			'Prime Minister Irakli Kobakhidze announced on 28 November 2024 that opening accession negotiations would not be on the agenda until the end of 2028 and that Georgia would refuse EU budget support, after a European Parliament resolution questioned the October election results. Mass protests followed.',
		status: 'suspended',
		sources: [
			{
				publisher: 'OC Media',
				title: 'Georgian Dream to halt EU membership bid',
				url: 'https://oc-media.org/georgian-dream-to-halt-eu-membership-bid/',
				date: '2024-11-28'
			},
			{
				publisher: 'A News (Anadolu)',
				title: 'Georgia suspending EU accession talks until end of 2028',
				url: 'https://www.anews.com.tr/world/2024/11/28/georgia-suspending-eu-accession-talks-until-end-of-2028',
				date: '2024-11-28'
			},
			{
				publisher: 'Agence Europe',
				title:
					'Georgian Dream party announces suspension of accession negotiations until end of 2028',
				url: 'https://agenceurope.eu/en/bulletin/article/13534/31/georgian-dream-party-announces-suspension-of-accession-negotiations-until-end-of-2028',
				date: '2024-11-28'
			}
		]
	},
	{
		id: 'eu-geo-epf-freeze-2024',
		type: 'conflict',
		from: 'EU',
		to: 'GEO',
		start: '2024-07-09',
		end: null,
		title: 'EU freezes European Peace Facility support for Georgia',
		summary:
			'The EU ambassador announced on 9 July 2024 that the EU had frozen European Peace Facility assistance for the Georgian defence ministry, worth EUR 30 million for 2024. Borrell later said EPF aid had been cancelled and about EUR 120 million in government support suspended and redirected to civil society.',
		status: 'suspended',
		value: 'EUR 30 million (EPF allocation for 2024)',
		sources: [
			{
				publisher: 'Kyiv Independent',
				title: 'EU freezes $32 million in defense funds for Georgia after accession talks stop',
				url: 'https://kyivindependent.com/eu-freezes-32-million-in-defense-funds-for-georgia-after-accession-talks-stop'
			},
			{
				publisher: 'Rustavi 2',
				title:
					'The EU freezing EUR 30 million from the European Peace Facility, earmarked for the Georgian Ministry of Defense - Paweł Herczyński',
				url: 'https://rustavi2.ge/en/news/286621'
			},
			{
				publisher: 'Interfax-Ukraine',
				title: 'ЄС припинив фінансову підтримку уряду Грузії, повідомив Борель',
				url: 'https://interfax.com.ua/news/general/1028366-amp.html'
			}
		]
	},
	{
		id: 'eu-geo-diplomat-visa-suspension-2025',
		type: 'conflict',
		from: 'EU',
		to: 'GEO',
		start: '2025-01-27',
		end: null,
		title: 'EU suspends visa-free travel for Georgian diplomatic passport holders',
		summary:
			'On 27 January 2025 the EU Council partially suspended the visa facilitation agreement, so Georgian diplomats, officials and members of government and parliament need visas again. Ordinary Georgian passport holders keep visa-free access.',
		status: 'in-force',
		sources: [
			{
				publisher: 'JAMnews',
				title: 'EU suspends visa-free travel for Georgian diplomats',
				url: 'https://jam-news.net/eu-suspends-visa-free-travel-for-georgian-diplomatic-passport-holders/',
				date: '2025-01-28'
			}
		]
	},
	{
		id: 'eu-geo-macro-financial-assistance',
		type: 'aid',
		from: 'EU',
		to: 'GEO',
		start: '2008-10',
		end: null,
		title: 'EU macro-financial assistance to Georgia since the 2008 war',
		summary:
			'The EU pledged two macro-financial assistance operations of EUR 46 million each at the October 2008 donors conference, disbursed between 2009 and May 2017 as grants and low-interest loans. A third operation of up to EUR 45 million (EUR 35 million loans, EUR 10 million grants) was approved in April 2018.',
		value: 'EUR 46 million x2 (2008 pledge); up to EUR 45 million (2018)',
		sources: [
			{
				publisher: 'European Commission (DG ECFIN)',
				title:
					'European Commission approves disbursement of EUR 23 million in assistance to Georgia',
				url: 'https://ec.europa.eu/newsroom/ecfin/redirection/item/59241',
				date: '2017-05-11'
			},
			{
				publisher: 'Xebersaati',
				title: 'European Council approves €45 million in financial assistance for Georgia',
				url: 'http://www.xebersaati.com/news/216676-european-council-approves-45-million-in-financial-assistance-for-georgia/',
				date: '2018-04-13'
			}
		]
	},
	{
		id: 'rus-geo-karasin-abashidze-format-2012',
		type: 'diplomacy',
		from: 'GEO',
		to: 'RUS',
		start: '2012-12-14',
		end: null,
		title: 'Abashidze-Karasin (Prague) channel of Georgia-Russia talks',
		summary:
			'With no diplomatic relations, the Ivanishvili government set up a special envoy for Russia whose first meeting with Deputy Foreign Minister Karasin took place near Geneva on 14 December 2012; later rounds in Prague dealt with trade, transport and humanitarian issues and led to the reopening of the Russian market to Georgian wine. Its future was in doubt after Karasin left the foreign ministry in 2019.',
		uncertain:
			'No source seen states a formal end of the format; its activity after 2019 is unclear.',
		sources: [
			{
				publisher: 'TASS',
				title: 'Russian-Georgian talks to be held in Prague in February',
				url: 'http://tass.com/world/924550'
			},
			{
				publisher: 'Georgia Today',
				title: 'Abashidze-Karasin Talks to be Held in Prague Next Week',
				url: 'http://gtarchive.georgiatoday.ge/news/613/Abashidze-Karasin-Talks-to-be-Held-in-Prague-Next-Week'
			},
			{
				publisher: 'The Messenger',
				title: 'Moscow expresses hope to maintain a direct dialogue with Tbilisi',
				url: 'https://messenger.com.ge/issues/4491_september_26_2019/4491_tsotne1.html',
				date: '2019-09-26'
			}
		]
	},
	{
		id: 'osce-geo-mission-1992-2009',
		type: 'mission',
		from: 'OSCE',
		to: 'GEO',
		start: '1992-12',
		end: '2009-06',
		title: 'OSCE Mission to Georgia, closed after Russian veto',
		summary:
			'Established in December 1992 to promote a settlement of the South Ossetian conflict, the mission later also monitored the joint peacekeeping force and worked on human rights. Russia blocked extension of its mandate in December 2008, insisting on a separate South Ossetia presence, so the Tbilisi mission began closing from January 2009; its remaining military monitors had a mandate only until the end of June 2009.',
		status: 'ended',
		sources: [
			{
				publisher: 'Swedish Armed Forces',
				title: 'Georgia – OSCE',
				url: 'https://www.forsvarsmakten.se/en/archived-pages/about/our-mission-in-sweden-and-abroad/completed-operations/georgia-osce/'
			},
			{
				publisher: 'Civil.ge',
				title: 'Russia Blocks Georgia OSCE Mission Extension',
				url: 'https://oldwp.civil.ge/archives/118117',
				date: '2008-12-22'
			},
			{
				publisher: 'Ossetia War blog',
				title: 'OSCE military observers granted extra time in Georgia',
				url: 'http://ossetiawar.blogspot.com/2009/02/osce-military-observers-granted-extra.html',
				date: '2009-02-16'
			},
			{
				publisher: 'VOA',
				title: 'OSCE to Close Georgian Mission, Cites Russian Opposition',
				url: 'https://www.voanews.com/a/a-13-2008-12-22-voa21-66804477/255381.html',
				date: '2008-12-22'
			}
		]
	},
	{
		id: 'un-geo-unomig-1993-2009',
		type: 'mission',
		from: 'UN',
		to: 'GEO',
		start: '1993-08-24',
		end: '2009-06-16',
		title: 'UN Observer Mission in Georgia (UNOMIG)',
		summary:
			'Security Council resolution 858 of 24 August 1993 created UNOMIG with up to 88 military observers to verify the Georgian-Abkhaz ceasefire; from 1994 it monitored the Moscow agreement alongside CIS peacekeepers. Its operations ceased on 16 June 2009 after a Russian veto.',
		status: 'ended',
		sources: [
			{
				publisher: 'Law Global Hub (UNSC text)',
				title: 'United Nations Security Council Resolution 858 – Abkhazia, Georgia',
				url: 'https://lawglobalhub.com/united-nations-security-council-resolution-858-abkhazia-georgia'
			},
			{
				publisher: 'UN News',
				title: 'Russia vetoes extension of UN mission in Georgia',
				url: 'https://news.un.org/en/story/2009/06/303512',
				date: '2009-06-15'
			}
		]
	},
	{
		id: 'rus-geo-unsc-veto-unomig-2009',
		type: 'conflict',
		from: 'GEO',
		to: 'RUS',
		parties: ['UN'],
		start: '2009-06-15',
		end: '2009-06-15',
		title: 'Russian veto ends the UN mission in Georgia',
		summary:
			"On 15 June 2009 Russia vetoed a Western-sponsored two-week technical rollover of UNOMIG (10 in favour, 1 against, 4 abstentions), saying the mandate reflected old realities; the draft indirectly reaffirmed Georgia's territorial integrity. The UN Secretary-General then ordered the mission to cease operations.",
		status: 'ended',
		sources: [
			{
				publisher: 'UN Press',
				title:
					'Security Council Fails to Adopt Resolution Extending Mandate of Georgia Mission for 2 Weeks, as Russian Federation Votes against Text',
				url: 'https://press.un.org/en/2009/sc9681.doc.htm',
				date: '2009-06-15'
			},
			{
				publisher: 'Arms Control Association',
				title: 'Russia Vetoes UN Mission in Georgia',
				url: 'http://armscontrol.org/act/2009_07-08/Russia_Veto'
			}
		]
	},
	{
		id: 'geo-nato-partnership-for-peace-1994',
		type: 'treaty',
		from: 'GEO',
		to: 'NATO',
		start: '1994-03-23',
		end: null,
		title: 'Georgia joins NATO Partnership for Peace',
		summary:
			'Georgia signed the Partnership for Peace framework on 23 March 1994, after joining the North Atlantic Cooperation Council in 1992; it submitted its first Individual Partnership Programme in 1996 and opened a mission to NATO in 1998.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Piglix (Wikipedia)',
				title: 'Georgia–NATO relations',
				url: 'http://piglix.com/piglix/Georgia%E2%80%93NATO_relations'
			},
			{
				publisher: 'WN (Wikipedia)',
				title: 'Partnership for Peace',
				url: 'https://wn.com/Partnership_for_Peace'
			}
		]
	},
	{
		id: 'nato-geo-bucharest-declaration-2008',
		type: 'diplomacy',
		from: 'GEO',
		to: 'NATO',
		parties: ['UKR'],
		start: '2008-04-03',
		end: '2008-04-03',
		title: 'NATO Bucharest summit: Georgia and Ukraine will become members',
		summary:
			'At the Bucharest summit on 3 April 2008, allied leaders agreed that Georgia and Ukraine will become NATO members and backed their Membership Action Plan bids, but did not grant MAP. The pledge has been reaffirmed at later summits.',
		status: 'signed',
		sources: [
			{
				publisher: 'NATO',
				title: 'NATO decisions on open-door policy',
				url: 'https://www.nato.int/docu/update/2008/04-april/e0403h.html',
				date: '2008-04-03'
			},
			{
				publisher: 'US Senate (govinfo)',
				title: 'S. Res. 523 (110th Congress)',
				url: 'https://www.govinfo.gov/content/pkg/BILLS-110sres523ats/xml/BILLS-110sres523ats.xml',
				date: '2008-04-28'
			}
		]
	},
	{
		id: 'nato-geo-commission-2008',
		type: 'treaty',
		from: 'GEO',
		to: 'NATO',
		start: '2008-09-15',
		end: null,
		title: 'NATO-Georgia Commission established',
		summary:
			"Decided by NATO foreign ministers on 19 August 2008, the commission was set up by a framework document signed in Tbilisi on 15 September 2008 by Prime Minister Gurgenidze and Secretary General de Hoop Scheffer. It oversees the Bucharest decision and Georgia's Annual National Programme.",
		status: 'in-force',
		sources: [
			{
				publisher: 'NATO',
				title: 'Framework document on the establishment of the NATO-Georgia Commission',
				url: 'https://www.nato.int/cps/ru/natohq/news_46406.htm?selectedLocale=ru',
				date: '2008-09-15'
			},
			{
				publisher: 'Civil.ge',
				title: 'NATO-Georgia Commission Inaugurated',
				url: 'https://civil.ge/archives/117473'
			}
		]
	},
	{
		id: 'nato-geo-substantial-package-2014',
		type: 'aid',
		from: 'NATO',
		to: 'GEO',
		start: '2014-09',
		end: null,
		title: 'Substantial NATO-Georgia Package (SNGP)',
		summary:
			'Instead of a Membership Action Plan, the Wales summit in September 2014 gave Georgia a Substantial Package of defence capacity building, training, exercises and liaison measures to boost interoperability and prepare for membership.',
		sources: [
			{
				publisher: 'FactCheck Georgia',
				title: 'We managed to start the projects envisaged by the NATO package in less than a year',
				url: 'https://www.factcheck.ge/en/story/19367-we-managed-to-start-the-projects-envisaged-by-the-nato-package-in-less-than-a-year'
			},
			{
				publisher: 'AzVision',
				title: 'Georgia to host joint exercise with NATO this summer',
				url: 'https://en.azvision.az/news/8503/georgia-to-host-joint-exercise-with-nato-this-summer.html'
			},
			{
				publisher: 'Georgia Today',
				title: 'NATO-Georgian Joint Training Centre to Get First Crop of Students in May',
				url: 'http://georgiatoday.ge/news/3217/NATO-Georgian-Joint-Training-Centre-to-Get-First-Crop-of-Students-in-May',
				date: '2016-03-10'
			}
		]
	},
	{
		id: 'nato-geo-jtec-2015',
		type: 'mission',
		from: 'NATO',
		to: 'GEO',
		start: '2015-08-27',
		end: null,
		title: 'NATO-Georgia Joint Training and Evaluation Centre opens',
		summary:
			'Secretary General Stoltenberg and Georgian leaders inaugurated the Joint Training and Evaluation Centre at Krtsanisi near Tbilisi on 27 August 2015, the largest element of the Substantial Package; training of Georgian units there was due to start in 2016.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Government of Georgia',
				title: 'NATO-Georgia Training and Evaluation Center has opened in Tbilisi',
				url: 'http://www.gov.ge/index.php?lang_id=ENG&sec_id=414&info_id=51150',
				date: '2015-08-27'
			},
			{
				publisher: 'China.org.cn (Xinhua)',
				title: 'NATO launches military training center in Georgia',
				url: 'http://en.chinagate.cn/2015-08/28/content_36436148.htm',
				date: '2015-08-28'
			}
		]
	},
	{
		id: 'geo-nato-isaf-2004-2014',
		type: 'mission',
		from: 'GEO',
		to: 'NATO',
		start: '2004',
		end: '2014-12',
		title: 'Georgian troops in NATO-led ISAF in Afghanistan',
		summary:
			'Georgia first sent about 50 soldiers to ISAF in 2004 and expanded to battalions serving with US Marines in Helmand; after parliament approved an extra battalion in December 2011 it had over 1,500 troops there and became the largest non-NATO contributor. Its troops served without national caveats.',
		status: 'ended',
		value: 'over 1,500 troops (peak, early 2010s)',
		sources: [
			{
				publisher: 'Atlantic Council (NATO)',
				title: 'Georgia now the top non-NATO troop contributor in Afghanistan',
				url: 'https://www.atlanticcouncil.org/blogs/natosource/georgia-now-the-top-nonnato-troop-contributor-in-afghanistan/'
			},
			{
				publisher: 'The Messenger',
				title: 'Georgia to Become Biggest Non-NATO Contributor to ISAF',
				url: 'http://www.messenger.com.ge/issues/2510_december_21_2011/2510_isaf.html',
				date: '2011-12-21'
			}
		]
	},
	{
		id: 'geo-nato-resolute-support-2015-2021',
		type: 'mission',
		from: 'GEO',
		to: 'NATO',
		start: '2015',
		end: '2021-06',
		title: 'Georgian troops in NATO Resolute Support Mission',
		summary:
			'After ISAF ended, Georgia stayed in the NATO-led Resolute Support training mission with about 860 troops, the largest non-NATO contingent. It withdrew between 21 May and late June 2021; more than 20,000 Georgian troops rotated through Afghanistan and 32 were killed.',
		status: 'ended',
		value: 'about 860 troops (2021)',
		sources: [
			{
				publisher: 'The Messenger',
				title: 'Georgian soldiers leave Afghanistan',
				url: 'https://messenger.com.ge/issues/4923_june_22_2021/4923_khatia1.html',
				date: '2021-06-22'
			},
			{
				publisher: 'Wikinews',
				title: 'Georgian defense ministry announces return of military units from Afghanistan',
				url: 'https://en.wikinews.org/wiki/Georgian_defense_ministry_announces_return_of_military_units_from_Afghanistan',
				date: '2021-07-01'
			},
			{
				publisher: 'Agenda.ge',
				title: 'Georgian soldiers leaving Afghanistan along with NATO, US forces',
				url: 'https://agenda.ge/en/news/2021/1360',
				date: '2021-05-21'
			}
		]
	},
	{
		id: 'geo-eu-eufor-rca-2014',
		type: 'mission',
		from: 'GEO',
		to: 'EU',
		start: '2014-06',
		end: '2015-03',
		title: 'Georgian company in EU military operation EUFOR RCA',
		summary:
			'At the EU request, Georgia deployed about 150 troops to the EU operation in the Central African Republic in June 2014, its first contribution to an EU military mission, reduced to 85 in December 2014 until March 2015. It later sent small teams to the EU advisory and training missions there.',
		status: 'ended',
		sources: [
			{
				publisher: 'Ministry of Defence of Georgia',
				title: 'Mission in the Central African Republic',
				url: 'https://mod.gov.ge/en/mission/57/mission-to-central-african-republic'
			},
			{
				publisher: 'Civil.ge',
				title: 'Georgia to Join EU Military Mission in Central African Republic',
				url: 'https://old.civil.ge/eng/_print.php?id=26962',
				date: '2014-02-20'
			}
		]
	},
	{
		id: 'geo-usa-iraq-coalition-2003-2008',
		type: 'mission',
		from: 'GEO',
		to: 'USA',
		start: '2003-08',
		end: '2008-08-11',
		title: 'Georgian brigade in the US-led coalition in Iraq',
		summary:
			'Georgia first sent about 70 troops to the US-led coalition in Iraq in August 2003 and by 2008 had about 2,000 soldiers there, the third-largest foreign contingent, mostly in Wasit province. When war broke out at home, US C-17s flew the whole contingent back to Georgia on 10-11 August 2008.',
		status: 'ended',
		value: 'about 2,000 troops (2008)',
		sources: [
			{
				publisher: 'Wikipedia',
				title: 'Georgian involvement in the Iraq War',
				url: 'https://en.wikipedia.org/wiki/Georgian_involvement_in_the_Iraq_War'
			},
			{
				publisher: 'US Central Command (American Forces Press Service)',
				title: 'Georgian troops return to troubled homeland',
				url: 'http://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/883694/georgian-troops-return-to-troubled-homeland/',
				date: '2008-08-12'
			},
			{
				publisher: 'Los Angeles Times',
				title: 'IRAQ: Georgian troops trade one war for another',
				url: 'https://latimes.com/archives/blogs/babylon-beyond/story/2008-08-10/iraq-georgian-troops-trade-one-war-for-another',
				date: '2008-08-10'
			},
			{
				publisher: 'Army Times (via Veterans for Common Sense)',
				title: 'US Takes Georgian Troops Home from Iraq',
				url: 'https://veteransforcommonsense.org/2008/08/12/us-takes-georgian-troops-home-from-iraq-2/',
				date: '2008-08-12'
			}
		]
	},
	{
		id: 'usa-geo-gtep-2002-2004',
		type: 'aid',
		from: 'USA',
		to: 'GEO',
		start: '2002-04-29',
		end: '2004-04',
		title: 'Georgia Train and Equip Program (GTEP)',
		summary:
			"Announced by the Pentagon on 29 April 2002 at Tbilisi's request, the counter-terrorism programme, aimed partly at the Pankisi Gorge, used US special operations forces and Marines to train and equip four Georgian light infantry battalions, about 2,000-2,400 troops. Training ran from May 2002 to April 2004.",
		status: 'delivered',
		value: 'USD 64 million',
		sources: [
			{
				publisher: 'US Department of Defense (via Allgeo)',
				title: 'Georgia Train and Equip Program Begins, 29 April 2002',
				url: 'https://allgeo.org/index.php/en/1951-georgia-train-and-equip-program-begins-29-april-2002'
			},
			{
				publisher: 'Civil.ge',
				title: 'Details of U.S. Military Assistance Program Unveiled',
				url: 'https://oldwp.civil.ge/?p=107193'
			},
			{
				publisher: 'GlobalSecurity.org',
				title: 'Georgia Sustainment and Stability Operations Program (GSSOP)',
				url: 'https://www.globalsecurity.org/military/ops/gssop.htm'
			}
		]
	},
	{
		id: 'usa-geo-ssop-2005-2007',
		type: 'aid',
		from: 'USA',
		to: 'GEO',
		start: '2005-01',
		end: '2007-06',
		title: 'Sustainment and Stability Operations Program (SSOP)',
		summary:
			'The follow-on to GTEP, run by US European Command with Marines at the Krtsanisi training centre, trained and equipped Georgian battalions and staffs for deployment to Iraq. Its first phase ran until October 2006 and a second until June 2007.',
		status: 'delivered',
		value:
			'USD 60.5 million allocated for FY2005 (US Embassy); USD 64 million per a US Marines report',
		sources: [
			{
				publisher: 'Civil.ge',
				title: 'Details of U.S. Military Assistance Program Unveiled',
				url: 'https://oldwp.civil.ge/?p=107193'
			},
			{
				publisher: 'US Marine Corps',
				title: 'Training for Iraq boosts security in caucasus',
				url: 'https://www.hqmc.marines.mil/News/News-Article-Display/Article/551980/training-for-iraq-boosts-security-in-caucasus/',
				date: '2005-06-28'
			},
			{
				publisher: 'GlobalSecurity.org',
				title: 'Georgia Sustainment and Stability Operations Program (GSSOP)',
				url: 'https://www.globalsecurity.org/military/ops/gssop.htm'
			},
			{
				publisher: 'Wikipedia (mirror)',
				title: 'Georgia Sustainment and Stability Operations Program',
				url: 'https://akarinohon.com/text/taketori.cgi/en.wikipedia.org/wiki/Georgia_Sustainment_and_Stability_Operations_Program@.416_Remington_Magnum'
			}
		]
	},
	{
		id: 'usa-geo-billion-aid-2008',
		type: 'aid',
		from: 'USA',
		to: 'GEO',
		start: '2008-09-03',
		end: null,
		title: 'US USD 1 billion post-war aid package',
		summary:
			'On 3 September 2008 President Bush and Secretary Rice announced USD 1 billion in economic and humanitarian aid to help Georgia recover from the war, with more than half due in the near term; the State Department said it was not for rebuilding the military.',
		value: 'USD 1 billion',
		sources: [
			{
				publisher: 'ABC News',
				title: 'U.S. to Pledge $1 Billion to Rebuild Georgia',
				url: 'https://abcnews.go.com/amp/International/story?id=5716316&page=1',
				date: '2008-09-03'
			},
			{
				publisher: 'US Department of Defense (American Forces Press Service)',
				title: 'U.S. to Provide $1 Billion for Georgia Reconstruction, Humanitarian Aid',
				url: 'https://webarchive.library.unt.edu/eot2008/20090110111147/http:/www.defenselink.mil/news/newsarticle.aspx?id=51022',
				date: '2008-09-03'
			}
		]
	},
	{
		id: 'usa-geo-strategic-partnership-charter-2009',
		type: 'diplomacy',
		from: 'GEO',
		to: 'USA',
		start: '2009-01-09',
		end: null,
		title: 'US-Georgia Charter on Strategic Partnership',
		summary:
			'Secretary Rice and Foreign Minister Vashadze signed the non-binding charter in Washington on 9 January 2009, covering defence, trade, energy and democracy; a Strategic Partnership Commission with four working groups first met on 22 June 2009. Washington suspended the mechanism in November 2024.',
		status: 'suspended',
		sources: [
			{
				publisher: 'US Department of State',
				title: 'U.S. - Georgia Charter on Strategic Partnership',
				url: 'https://2009-2017.state.gov/r/pa/prs/ps/2010/10/149084.htm',
				date: '2010-10-06'
			},
			{
				publisher: 'PanARMENIAN.Net',
				title: 'Georgia, U.S. sign charter on strategic partnership',
				url: 'https://www.panarmenian.net/eng/news/28048/',
				date: '2009-01-12'
			}
		]
	},
	{
		id: 'usa-geo-strategic-partnership-suspended-2024',
		type: 'conflict',
		from: 'GEO',
		to: 'USA',
		start: '2024-11-30',
		end: null,
		title: 'US suspends its Strategic Partnership with Georgia',
		summary:
			"On 30 November 2024 the State Department suspended the Strategic Partnership mechanism, citing Georgian Dream's suspension of the EU accession process and excessive police force against protesters as violating its core tenets.",
		status: 'suspended',
		sources: [
			{
				publisher: 'Newsmax (Reuters)',
				title: 'State Department: Suspending Strategic Partnership With Georgia',
				url: 'https://www.newsmax.com/world/globaltalk/state-department-georgia-strategic-partnership/2024/11/30/id/1189890/',
				date: '2024-11-30'
			},
			{
				publisher: 'MENAFN (KUNA)',
				title: 'US Suspends Strategic Partnership With Georgia',
				url: 'https://menafn.com/1108942135/US-Suspends-Strategic-Partnership-With-Georgia',
				date: '2024-11-30'
			}
		]
	},
	{
		id: 'usa-geo-javelin-2017',
		type: 'arms',
		from: 'USA',
		to: 'GEO',
		start: '2017-11-20',
		end: '2018',
		title: 'US sells Javelin anti-tank missiles to Georgia',
		summary:
			'The US approved a possible sale of 410 Javelin missiles and 72 command launch units, announced by DSCA in November 2017; Congress did not object in December and deliveries began in early 2018 (January per the defence minister; one report says April). Moscow criticised the deal.',
		status: 'delivered',
		systems: ['FGM-148 Javelin'],
		value: 'USD 75 million (DSCA estimate)',
		sources: [
			{
				publisher: 'The Messenger',
				title: 'US State Department Approves Sale of Anti-Tank Missiles to Georgia',
				url: 'http://www.messenger.com.ge/issues/4021_november_22_2017/4021_gvanca.html',
				date: '2017-11-22'
			},
			{
				publisher: 'Agenda.ge',
				title:
					'US Congress supports sale of anti-tank Javelin missiles to Georgia, says Georgian defence minister',
				url: 'https://agenda.ge/en/news/2017/2782',
				date: '2017-12-20'
			},
			{
				publisher: 'Defense-Aerospace (Forecast International)',
				title: 'Georgian Javelin Delivery Confirmed',
				url: 'http://www.defense-aerospace.com/cgi-bin/client/modele.pl?shop=dae&modele=release&prod=193000&cat=3',
				date: '2018-05-02'
			}
		]
	},
	{
		id: 'usa-geo-javelin-2021',
		type: 'arms',
		from: 'USA',
		to: 'GEO',
		start: '2021-08',
		end: null,
		title: 'Second US Javelin sale approved for Georgia',
		summary:
			"In August 2021 the State Department approved and notified Congress of a further possible sale of 82 Javelin missiles and 46 command launch units, Georgia's second Javelin request, saying it would not alter the military balance in the region.",
		status: 'announced',
		systems: ['FGM-148 Javelin'],
		value: 'USD 30 million (DSCA estimate)',
		sources: [
			{
				publisher: 'Vestnik Kavkaza',
				title: 'U.S. may sale Javelin anti-tank missiles to Georgia',
				url: 'https://en.vestikavkaza.ru/news/U-S-may-sale-Javelin-anti-tank-missiles-to-Georgia.html'
			},
			{
				publisher: 'Teller Report',
				title:
					'"Symbolic gesture": why does the US intend to sell Georgia a new batch of Javelin anti-tank systems',
				url: 'https://www.tellerreport.com/news/2021-08-04-%22symbolic-gesture%22--why-does-the-us-intend-to-sell-georgia-a-new-batch-of-javelin-anti-tank-systems.H1fKjdvdkK.html',
				date: '2021-08-04'
			}
		]
	},
	{
		id: 'usa-geo-millennium-challenge-compacts',
		type: 'aid',
		from: 'USA',
		to: 'GEO',
		start: '2005-09-12',
		end: null,
		title: 'Millennium Challenge Corporation compacts with Georgia',
		summary:
			'Georgia became the first former Soviet republic to sign an MCC compact, a five-year USD 295.3 million grant for regional infrastructure and enterprise signed on 12 September 2005. A second, USD 140 million compact for education, especially STEM, was signed on 26 July 2013.',
		value: 'USD 295.3 million (2005) and USD 140 million (2013)',
		sources: [
			{
				publisher: 'Center for Global Development',
				title: 'Georgia and United States Sign $295.3 million Compact',
				url: 'https://cgdev.org/blog/georgia-and-united-states-sign-2953-million-compact',
				date: '2005-09-13'
			},
			{
				publisher: 'Millennium Challenge Corporation',
				title:
					'Millennium Challenge Corporation Board Approves $295.3 Million Compact with Georgia',
				url: 'https://www.mcc.gov/news-and-events/release/release-081605-mccboardapproves',
				date: '2005-08-16'
			},
			{
				publisher: 'MCA Georgia',
				title: 'MCA Georgia',
				url: 'http://iswd.ge/eng/page/9'
			}
		]
	},
	{
		id: 'usa-geo-defense-readiness-program-2018',
		type: 'aid',
		from: 'USA',
		to: 'GEO',
		start: '2018-05-18',
		end: '2021-12',
		title: 'Georgia Defense Readiness Program (GDRP)',
		summary:
			'Launched on 18 May 2018 at the new Vaziani combat training centre, the three-year US programme trained and equipped nine Georgian battalions for territorial defence. It was followed in October 2021 by the Georgia Defense and Deterrence Enhancement Initiative.',
		status: 'delivered',
		value: 'USD 53.4 million (per US defence officials)',
		sources: [
			{
				publisher: 'Agenda.ge',
				title: "Defence Minister: 'We launch the most ambitious Georgia-US military project'",
				url: 'http://agenda.ge/en/news/2018/1067',
				date: '2018-05-18'
			},
			{
				publisher: 'Radio Allen (US DoD News)',
				title: 'Defense: U.S., Georgia defense leaders sign memo to continue training effort',
				url: 'https://radioallen.cl/defense-u-s-georgia-defense-leaders-sign-memo-to-continue-training-effort/',
				date: '2021-10-18'
			}
		]
	},
	{
		id: 'usa-geo-review-visa-restrictions-2024',
		type: 'conflict',
		from: 'GEO',
		to: 'USA',
		start: '2024-05-23',
		end: null,
		title: 'US reviews ties, imposes visa curbs and calls off Noble Partner',
		summary:
			'Over the foreign influence law, Secretary Blinken on 23 May 2024 announced a visa restriction policy for those undermining democracy in Georgia and a comprehensive review of bilateral cooperation. In July the Pentagon indefinitely postponed the Noble Partner exercise, citing false accusations by Georgian officials.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Hindustan Times',
				title:
					"US announces visa restrictions and bilateral review following Georgia's passage of the foreign influence law",
				url: 'https://www.hindustantimes.com/world-news/us-news/us-announces-visa-restrictions-and-bilateral-review-following-georgias-passage-of-the-foreign-influence-law-101716515704454.html',
				date: '2024-05-24'
			},
			{
				publisher: 'RFE/RL',
				title: 'U.S. Calls Off Military Exercise In Georgia Amid Review Of Relations With Tbilisi',
				url: 'https://staging.rferl.org/a/us-postpone-noble-military-exercise-georgia-foreign-agent/33023622.html'
			},
			{
				publisher: 'SOFX',
				title: 'Pentagon Cancels U.S. Army Exercise in Georgia',
				url: 'https://www.sofx.com/pentagon-cancels-u-s-army-exercise-in-georgia/',
				date: '2024-07-10'
			}
		]
	},
	{
		id: 'usa-geo-sanctions-officials-2024',
		type: 'conflict',
		from: 'GEO',
		to: 'USA',
		start: '2024-09-16',
		end: null,
		title: 'US sanctions Georgian officials and Bidzina Ivanishvili',
		summary:
			'The US Treasury sanctioned two Interior Ministry special-forces officials in September 2024, Interior Minister Gomelauri and a deputy on 19 December under Global Magnitsky, and Georgian Dream founder Bidzina Ivanishvili on 27 December 2024 under the Russia-related order E.O. 14024.',
		status: 'in-force',
		sources: [
			{
				publisher: 'Civil.ge',
				title:
					'U.S. Department of Treasury Sanctions Georgian MIA Officials for Brutality Against Protesters, Journalists, and Politicians',
				url: 'https://civil.ge/archives/646786',
				date: '2024-12-19'
			},
			{
				publisher: 'JAMnews',
				title: 'US sanctions Bidzina Ivanishvili',
				url: 'https://jam-news.net/us-sanctions-oligarch-bidzina-ivanishvili-georgias-alleged-shadow-ruler/',
				date: '2024-12-27'
			}
		]
	},
	{
		id: 'usa-geo-megobari-act-2025',
		type: 'conflict',
		from: 'GEO',
		to: 'USA',
		start: '2025-05-05',
		end: null,
		title: 'US House passes MEGOBARI Act targeting Georgian Dream officials',
		summary:
			"The House of Representatives passed the MEGOBARI Act by 349 to 42 on 5 May 2025; it would require sanctions on Georgian officials who undermine democracy or the Euro-Atlantic course and a review of US assistance. It still needed Senate approval and the President's signature.",
		status: 'announced',
		uncertain:
			'Sources seen cover only the House vote (and Senate committee approval); whether it became law is not confirmed.',
		sources: [
			{
				publisher: '1TV (Georgian Public Broadcaster)',
				title: 'U.S. House of Representatives endorses MEGOBARI Act',
				url: 'https://1tv.ge/lang/en/news/u-s-house-of-representatives-endorses-megobari-act/'
			},
			{
				publisher: 'From Inside Asia',
				title: 'House passes bill to impose sanctions on West Asian nation of Georgia',
				url: 'https://frominsideasia.com/house-passes-bill-to-impose-sanctions-on-west-asian-nation-of-georgia'
			}
		]
	},
	{
		id: 'aze-geo-tur-trilateral-format-2012',
		type: 'diplomacy',
		from: 'GEO',
		to: 'TUR',
		parties: ['AZE'],
		start: '2012-06-08',
		end: null,
		title: 'Azerbaijan-Georgia-Turkey trilateral ministerial format',
		summary:
			'Foreign ministers launched regular trilateral meetings with the Trabzon Declaration of 8 June 2012, covering energy, transport and mutual support on territorial integrity. A parallel defence ministers format signed a trilateral memorandum of understanding in Giresun and still meets, most recently seen in Ankara in October 2025.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Ministry of Foreign Affairs of Turkey',
				title:
					'Trabzon Declaration Of The Ministers Of Foreign Affairs Of The Republic Of Azerbaijan, Georgia And The Republic Of Turkey, 08 June 2012, Trabzon',
				url: 'https://www.mfa.gov.tr/trabzon--declaration-of-the-ministers-of-foreign-affairs-of-the-republic-of-azerbaijan_-georgia-and-the-republic-of-turkey_-08-june-2012_-trabzon.en.mfa',
				date: '2012-06-08'
			},
			{
				publisher: 'Report.az',
				title: 'Azerbaijan, Turkey and Georgia ink Memorandum of Understanding',
				url: 'https://report.az/en/incident/azerbaijan-turkey-and-georgia-ink-memorandum-of-understanding/'
			},
			{
				publisher: 'Report.az',
				title: 'Türkiye-Azerbaijan-Georgia trilateral defense ministerial meeting held in Ankara',
				url: 'https://report.az/en/region/turkiye-azerbaijan-georgia-trilateral-defense-ministerial-meeting-held-in-ankara',
				date: '2025-10-09'
			}
		]
	},
	{
		id: 'geo-aze-strategic-partnership-2015',
		type: 'diplomacy',
		from: 'GEO',
		to: 'AZE',
		start: '2015-11-05',
		end: null,
		title: 'Georgia-Azerbaijan joint declaration on strategic partnership',
		summary:
			"During Aliyev's visit to Tbilisi, the presidents signed a joint declaration on 5 November 2015 to strengthen their strategic partnership in political, economic, defence and cultural fields, building on the 1996 friendship treaty. In 2022 Aliyev said the partnership had almost risen to an alliance.",
		status: 'in-force',
		sources: [
			{
				publisher: 'Civil.ge',
				title: 'Joint Declaration of Presidents of Azerbaijan and Georgia',
				url: 'https://old.civil.ge/eng/_print.php?id=28747',
				date: '2015-11-05'
			},
			{
				publisher: 'News.az',
				title:
					'President Aliyev: Azerbaijan-Georgia strategic partnership relations have risen to level of alliance',
				url: 'https://news.az/news/president-aliyev-azerbaijan-georgia-strategic-partnership-relations-have-risen-to-level-of-alliance',
				date: '2022-10-24'
			}
		]
	},
	{
		id: 'geo-aze-david-gareja-border-dispute-2019',
		type: 'conflict',
		from: 'GEO',
		to: 'AZE',
		start: '2019-04',
		end: null,
		title: 'David Gareja monastery border dispute with Azerbaijan',
		summary:
			'About a third of the Georgia-Azerbaijan border remains undelimited, including land around the David Gareja monastery complex. Azerbaijani border guards restricted access to part of the complex from late April 2019, prompting protests in Georgia and a revived delimitation commission.',
		status: 'ongoing',
		sources: [
			{
				publisher: 'Georgia Today',
				title: 'Georgia, Azerbaijan Continue Talks on Border Delimitation',
				url: 'http://georgiatoday.ge/news/15778/Georgia%2C-Azerbaijan-Continue-Talks-on-Border-Delimitation'
			},
			{
				publisher: 'PONARS Eurasia (Reuters)',
				title:
					'Kakachia: There is no easy solution to the David Gareja monastery complex border dispute between Georgia and Azerbaijan',
				url: 'http://www.ponarseurasia.org/ru/node/10387',
				date: '2019-09-04'
			}
		]
	},
	{
		id: 'geo-arm-strategic-partnership-2024',
		type: 'diplomacy',
		from: 'GEO',
		to: 'ARM',
		start: '2024-01-26',
		end: null,
		title: 'Georgia and Armenia declare a strategic partnership',
		summary:
			'Prime Ministers Garibashvili and Pashinyan signed a declaration establishing a strategic partnership in Tbilisi on 26 January 2024, formalising what Garibashvili called an existing de facto strategic partnership; it was signed at a session of their intergovernmental economic commission.',
		status: 'signed',
		sources: [
			{
				publisher: 'UNN',
				title: 'Georgia and Armenia sign a memorandum of strategic partnership',
				url: 'https://unn.ua/en/news/georgia-and-armenia-sign-a-memorandum-of-strategic-partnership',
				date: '2024-01-27'
			},
			{
				publisher: 'Rustavi 2',
				title:
					'Memorandum on strategic partnership between Georgia and Armenia was signed - Prime Minister',
				url: 'https://rustavi2.ge./en/news/274001'
			}
		]
	},
	{
		id: 'geo-chn-free-trade-agreement-2017',
		type: 'treaty',
		from: 'GEO',
		to: 'CHN',
		start: '2017-05',
		end: null,
		title: 'China-Georgia free trade agreement',
		summary:
			'Negotiated from December 2015 and substantially completed in October 2016, the free trade agreement was signed in May 2017 and entered into force on 1 January 2018; it was the first FTA China signed with a country in the Eurasian region.',
		status: 'in-force',
		sources: [
			{
				publisher: 'China FTA Network (MOFCOM)',
				title: 'China-Georgia FTA',
				url: 'http://fta.mofcom.gov.cn/topic/engeorgia.shtml'
			},
			{
				publisher: 'Al Jazeera (via EIN News)',
				title: "Georgia eyes gains in China's Belt and Road initiative",
				url: 'http://xijinping.einnews.com/article/418231512?lcf=vHuATx6CotvHi6zOm_gMddrNbcz_zqqbt0-fA1eitkE%3D'
			},
			{
				publisher: "People's Daily (Xinhua)",
				title: 'China-Georgia forum held to explore economic, trade opportunities',
				url: 'http://en.people.cn/n3/2023/0801/c90000-20052458.html',
				date: '2023-08-01'
			}
		]
	},
	{
		id: 'geo-chn-strategic-partnership-2023',
		type: 'diplomacy',
		from: 'GEO',
		to: 'CHN',
		start: '2023-07-28',
		end: null,
		title: 'China and Georgia establish a strategic partnership',
		summary:
			'Meeting Prime Minister Garibashvili in Chengdu on 28 July 2023, Xi Jinping announced a China-Georgia strategic partnership to be set out in a joint statement; Garibashvili reaffirmed support for the One China principle and Belt and Road cooperation.',
		status: 'signed',
		sources: [
			{
				publisher: "People's Daily (Xinhua)",
				title: 'Xi meets Georgian prime minister',
				url: 'http://en.people.cn/n3/2023/0728/c90000-20050648.html',
				date: '2023-07-28'
			},
			{
				publisher: 'Agenda.ge',
				title:
					'Chinese President announces strategic partnership with Georgia, "new stage" in relations',
				url: 'https://agenda.ge/en/news/2023/2895',
				date: '2023-07-28'
			}
		]
	},
	{
		id: 'chn-geo-anaklia-port-2024',
		type: 'energy',
		from: 'GEO',
		to: 'CHN',
		start: '2024-05',
		end: null,
		title: 'Chinese consortium picked to build Anaklia deep-sea port',
		summary:
			'Georgia announced in late May 2024 that a consortium of state-owned China Communications Construction Company and Singapore-based China Harbour Investment, the only complete bidder, would take a 49% stake in the Black Sea port at Anaklia, with the state keeping 51%. The first phase is planned at 600,000 TEU a year for the Middle Corridor.',
		status: 'announced',
		value: 'USD 600 million (first phase, reported)',
		sources: [
			{
				publisher: 'The Maritime Executive',
				title: "China Wins Bid to Build Georgia's New Black Sea Container Port",
				url: 'https://www.maritime-executive.com/article/china-wins-bid-to-build-georgia-s-controversial-black-sea-port',
				date: '2024-05-30'
			},
			{
				publisher: 'Maritime Network (Splash247)',
				title: 'Chinese firms to invest US$600m to develop Black Sea port in Georgia',
				url: 'https://news.maritime-network.com/2024/06/02/chinese-firms-to-invest-us600m-to-develop-black-sea-port-in-georgia',
				date: '2024-06-02'
			}
		]
	},
	{
		id: 'geo-irn-visa-free-2011-2013',
		type: 'treaty',
		from: 'GEO',
		to: 'IRN',
		start: '2011-01',
		end: '2013-07',
		title: 'Georgia-Iran visa-free regime, scrapped by Tbilisi in 2013',
		summary:
			'A reciprocal visa-free agreement signed in November 2010 took effect in January 2011 and boosted Iranian business in Georgia. Georgia unilaterally ended it in early July 2013 amid US concern about sanctions evasion; about 150 Iranian-linked bank accounts were frozen and direct flights suspended.',
		status: 'ended',
		sources: [
			{
				publisher: 'The Messenger',
				title: 'Georgia revokes visa-free entry for Iranian citizens',
				url: 'https://messenger.com.ge/issues/2896_july_4_2013/2896_ani.html',
				date: '2013-07-04'
			},
			{
				publisher: 'Georgia Today',
				title: 'Georgia to Restore Visa-Free Regime with Iran',
				url: 'http://gtarchive.georgiatoday.ge/news/2916/Georgia-to-Restore-Visa-Free-Regime-with-Iran'
			}
		]
	},
	{
		id: 'geo-ukr-diplomatic-tensions-2020',
		type: 'conflict',
		from: 'GEO',
		to: 'UKR',
		start: '2020-05',
		end: null,
		title: 'Georgia-Ukraine rift over Saakashvili and the Russia war',
		summary:
			"Georgia recalled its ambassador from Kyiv in May 2020 after Zelensky appointed ex-president Saakashvili to head Ukraine's reform council. On 1 March 2022 Ukraine recalled its ambassador over Tbilisi blocking volunteers and refusing sanctions on Russia, and in July 2023 Kyiv told Georgia's ambassador to leave over the jailed Saakashvili's health.",
		status: 'ongoing',
		sources: [
			{
				publisher: 'JAMnews',
				title:
					'Georgian ambassador to Ukraine recalled to Tbilisi over ex-pres Saakashvili appointment',
				url: 'https://jam-news.net/georgian-ambassador-to-ukraine-recalled-to-tbilisi-over-ex-pres-saakashvili-appointment/'
			},
			{
				publisher: 'Mtavari',
				title: "Zelensky has summoned Ukraine's ambassador to Georgia",
				url: 'https://mtavari.tv/en/news/75723-zelensky-has-summoned-ukraines-ambassador-georgia'
			},
			{
				publisher: 'Georgia Today',
				title: 'Volodymyr Zelensky signs decree recalling ambassadors from Georgia and Morocco',
				url: 'https://georgiatoday.ge/volodymyr-zelensky-signs-decree-recalling-ambassadors-from-georgia-and-morocco'
			},
			{
				publisher: 'Sputnik',
				title:
					"Georgia's Ambassador Who Left Ukraine Calls His Departure Decline in Diplomatic Relations",
				url: 'https://sputnikglobe.com/20230707/georgias-ambassador-who-left-ukraine-calls-his-departure-decline-in-diplomatic-relations-1111711165.html',
				date: '2023-07-07'
			}
		]
	}
];
