# stdlib/law/sick_leave_scope.jq — JQL: where paid sick leave laws apply and how much
# they set (`import "std/law/sick_leave_scope"`).
#
# The tables of every state and city paid sick leave law, their sources, and
# the lets that pick the row for an employer, with no standard of their own:
# std/law/sick_leave checks each law (standard law_sick_leave), and the
# Benefits principle (std/rfa/benefits) requires the law's amount of the
# employers a law covers (recommended elsewhere). What the amounts measure
# (the leave a full-time worker can earn and use in a year): see the header
# of sick_leave.jq.
#
# Employer size. A row's second key is the headcount from which the row
# applies ("employers of 15 or more"); the amount due is the row with the
# largest threshold at or below org.employee_count. Laws count workers in
# different ways (in the state only, full-time equivalents in Seattle and the
# District, over the last year); the library compares org.employee_count, the
# workers on payroll at all locations, so an employer near a threshold should
# check its count under the law. Where a law covers only employers from some
# size (Nebraska 11, Nevada 50, Oregon 10…), smaller employers owe no paid
# leave and the rule is not_applicable (several of those laws require unpaid
# leave instead; this standard checks paid leave). The lets below try the
# thresholds the rows use, largest first (states: 100, 50, 25, 20, 18, 16,
# 15, 11, 10, 6, 1; cities: 250, 50, 26, 24, 15, 10, 6, 5, 1); a row with
# another threshold would never be read, so a new threshold needs a line in
# its let (and an importing file that replaces a table whole keeps to these
# thresholds). A threshold's row stays in force until a later row with
# the same place and threshold replaces it, so when a law changes the amount
# for every size, every threshold of that place gets a new row.
#
# A law that was repealed (Missouri) ends with rows of 0 hours: no paid leave
# due from that date.
#
# The date whose law applies is the date the facts describe
# (org.reporting_date), or the evaluation date when the fact file gives none.
#
# Not encoded: carry-over, waiting periods, permitted uses, part-time and
# seasonal exemptions, the District's tipped restaurant workers (1 hour per 43
# whatever the size), Chicago's second 40 hours of paid leave for any reason
# (only its 40 hours of paid sick leave are here), Philadelphia's chains of
# 15 or more locations (covered whatever their size), Seattle's 24-month
# grace for new employers under 250 FTE, Cook County, Montgomery
# County (Maryland), Westchester County and the other county ordinances (no
# county key), and the smaller cities (Tacoma, SeaTac, Spokane, Berkeley,
# Emeryville, Santa Monica, Duluth, Bloomington…). New York City's Earned Safe
# and Sick Time Act has asked for the state's amounts since 2020-09-30, so the
# state rows decide it. Connecticut's law before 2025 covered only "service
# workers" of employers of 50 or more, which no fact describes; the table
# starts with the 2025 expansion.
#
# Sources. Each row names the law and ends with keys from the list below,
# where its figures can be read. The list gives the labor department's or
# legislature's own page where one could be opened; a key marked "secondary"
# is a law-firm, trade-press or advocacy summary, or a copy of a statute or
# regulation on a site other than the government's, used where no official
# page showing the figure could be opened (for Arizona, Connecticut and most
# cities none could be). A statute or code section is cited only where a
# listed page shows it; otherwise the act or chapter is named. Addresses
# are as they were read (2026); an old agency address may since have moved.
# (The list makes this header longer than the 200 lines in which editors look
# for a JQL declaration, hence "JQL" on the first line.)
#
# Federal
#   EO13706     Executive Order 13706 of 2015-09-07, Establishing Paid Sick
#               Leave for Federal Contractors, 80 FR 54697 (2015-09-10): up to
#               7 days a year,
#               https://www.govinfo.gov/content/pkg/FR-2015-09-10/html/2015-22998.htm
#   DOL-FR2016  U.S. DOL Wage and Hour Division, Establishing Paid Sick Leave
#               for Federal Contractors, Final Rule, 81 FR 67598 (2016-09-30),
#               29 CFR part 13: up to 7 days (56 hours) a year; the Federal
#               Register text as copied by Justia (secondary copy),
#               https://regulations.justia.com/regulations/fedreg/2016/09/30/2016-22964.html
#   OGL-EO      secondary: Ogletree Deakins, DOL final rule announced
#               2016-09-29, requirements from 2017-01-01,
#               https://ogletree.com/?p=2078
#   DDIFO-EO    secondary: DDIFO: 1 hour per 30 hours worked, up to 7 days
#               a year, https://ddifo.org/sick-leave-rule-government-contractors-finalized/
#
# States
#   AK-DOL      Alaska Dept. of Labor and Workforce Development, Wage and
#               Hour, Paid Sick Leave FAQ (AS 23.10.066-23.10.069, from
#               2025-07-01), https://www.labor.alaska.gov/lss/sick-leave-faq.html
#   AK-SHRM     secondary: SHRM, Alaska paid sick leave (Ballot Measure 1):
#               1 hour per 30; 56 hours at 15 or more employees, 40 under 15;
#               from 2025-07-01,
#               https://shrm.org/in/topics-tools/employment-law-compliance/alaska-paid-sick-leave-law-requirements-employers-need-to-know
#   AZ-LH       secondary: AZLawHelp, Arizona's Paid Sick Leave Law (Prop
#               206): 1 hour per 30; 40 hours at 15 or more employees, 24 under
#               15, https://www.azlawhelp.org/articles_info.cfm?mc=2&sc=18&articleid=374
#   AZ-C2       secondary: C2 Essentials, Arizona Earned Paid Sick Time: from
#               2017-07-01, 24 hours under 15 employees, 40 at 15 or more,
#               https://www.c2essentials.com/arizona-earned-paid-sick-time/
#   CA-DIR      California DIR, Labor Commissioner, Healthy Workplace Healthy
#               Family Act of 2014 (AB 1522): 1 hour per 30 from 2015-07-01;
#               use may be limited to 40 hours or 5 days from 2024-01-01 (SB
#               616), http://dir.ca.gov/DLSE/ab1522.html
#   CA-HUNTON   secondary: Hunton Andrews Kurth, the DLSE on what a "day"
#               means: Labor Code §246(d), the "full amount of leave" is 3 days
#               or 24 hours, a day being the worker's own shift; in effect from
#               2015-07-01,
#               https://www.huntonlaborblog.com/2015/09/articles/employment-policies/californias-dlse-weighs-day-means-states-new-paid-sick-leave-law/
#   CA-SB616    secondary: Labor & Employment Law Blog, SB 616 signed
#               2023-10-04: from 2024-01-01, 3 days or 24 hours become 5 days
#               or 40 hours,
#               https://www.laboremploymentlawblog.com/2023/10/articles/california-employment-legislation/california-employers-must-provide-additional-paid-sick-leave-in-2024/
#   CA-CALCH    secondary: CalChamber HRWatchdog, the Labor Commissioner's FAQ
#               of 2023-12-21: Labor Code §246, 40 hours or 5 days, whichever
#               is more (10-hour days: 50 hours),
#               https://hrwatchdog.calchamber.com/2024/03/labor-commissioner-faq-ties-paid-sick-time-off-to-work-day-length/
#   CO-CDLE     Colorado Dept. of Labor and Employment, Paid Sick Leave under
#               the Healthy Families and Workplaces Act,
#               https://cdle.colorado.gov/hfwa
#   CO-INFO6B   secondary copy: CDLE INFO #6B, Paid Sick Leave under the HFWA
#               (S.B. 20-205): every employer, 1 hour per 30, up to 48 hours a
#               year, https://ezel.ai/labor-guidance/co/info-6b
#   EC-HFWA     secondary: Employers Council, common questions about the HFWA:
#               employers of 16 or more from 2021-01-01, 15 or fewer from
#               2022-01-01,
#               https://blog.employerscouncil.org/2020/08/07/common-questions-about-the-colorado-health-families-and-workplaces-act/
#   CT-CBIA     secondary: CBIA, FAQs: Connecticut Paid Sick Leave
#               (2024-11-25): employers of 25 or more from 2025-01-01, 11 or
#               more from 2026-01-01, 1 or more from 2027-01-01,
#               https://www.cbia.com/resources/member-news/faqs-connecticut-paid-sick-leave
#   CT-FH       secondary: FordHarrison: 1 hour per 30, up to 40 hours a year,
#               https://fordharrison.com/reminder-connecticuts-expanded-paid-sick-leave-law-takes-effective-january-1-2025
#   DC-DCMR     secondary copy: 7 DCMR 3201 (Accrued Sick and Safe Leave):
#               3201.1 accrual from 2008-11-13; 3201.2-3201.4 1 hour per 37
#               up to 7 days (100 or more employees), per 43 up to 5 days
#               (25-99), per 87 up to 3 days (24 or fewer); 3201.5 average
#               monthly FTEs of the prior year, http://dcrules.elaws.us/dcmr/7-3201
#   DC-WLAW     secondary: WomensLaw.org, D.C. paid leave: the three tiers,
#               D.C. Code §32-531.02(a),
#               https://nocache.womenslaw.org/laws/dc/workplace-protections/paid-leave/how-does-law-protect-me
#   IL-IDOL     Illinois Dept. of Labor, Paid Leave for All Workers Act FAQ:
#               1 hour per 40, up to 40 hours in 12 months; in effect from
#               2024-01-01, https://labor.illinois.gov/faqs/paidleavefaq.html
#   IL-KEMP     secondary: Kemper CPA: 820 ILCS 192; Chicago and Cook County
#               employees follow those ordinances,
#               https://www.kempercpa.com/news/update-for-illinois-employers-paid-leave-for-all-workers-act
#   IL-ISACO    secondary: ISACo: P.A. 102-1143, effective 2024-01-01,
#               https://www.isacoil.org/paid-leave-for-all-workers-act/
#   ME-WK       secondary: Wolters Kluwer, Maine adopts final rules for earned
#               paid leave: employers of more than 10, 1 hour per 40, up to 40
#               hours a year, Title 26 §637, from 2021-01-01,
#               https://lrus.wolterskluwer.com/news/pension-benefits/maine-adopts-final-rules-for-earned-paid-leave/122546/
#   ME-CEI      secondary: CEI, Maine Earned Paid Leave: more than 10
#               workers, for any reason,
#               https://www.ceimaine.org/advising/business/workforce-solutions/maine-earned-paid-leave/
#   MD-DLLR     Maryland Dept. of Labor, Healthy Working Families Act (House
#               Bill 1): in effect 2018-02-11,
#               http://dllr.state.md.us/paidleave/paidleaveguidance.shtml
#   MD-FOX      secondary: Fox Rothschild: paid at 15 or more employees, 1 hour
#               per 30, up to 40 hours a year, from 2018-02-11,
#               https://employmentdiscrimination.foxrothschild.com/2018/01/articles/federal-state-local-laws/leave-laws/certain-maryland-employers-must-begin-offering-paid-sick-and-safe-leave-beginning-february-11-2018-under-the-healthy-working-families-act/
#   MA-AGO      Massachusetts Attorney General, press release 2015-04-27:
#               paid at 11 or more workers, up to 40 hours a year, from July 1,
#               http://www.mass.gov/ago/news-and-updates/press-releases/2015/2015-04-27-earned-sick-time.html
#   MA-NOTICE   secondary copy: the Attorney General's Earned Sick Time notice
#               as reprinted by GSFABA: 1 hour per 30, up to 40 hours a year,
#               paid at 11 or more employees, from 2015-07-01,
#               https://www.gsfaba.org/business-bulletin/2015-business-bulletins/june-2015-bulletin/235-new-sick-time-law-effective-july-1.html
#   MA-CMR      secondary copy: 940 CMR 33.04 (Cornell LII): an average of 11
#               or more employees, counted in and outside Massachusetts,
#               https://www.law.cornell.edu/regulations/massachusetts/940-CMR-33-04
#   MI-PMLA     secondary: Paychex, Michigan Paid Medical Leave Act: employers
#               of 50 or more, 1 hour per 35, up to 40 hours, from 2019-03-29,
#               https://www.paychex.com/articles/compliance/michigan-paid-medical-leave-act
#   MI-MCUL     secondary: Michigan Credit Union League, PA 2 of 2025: 1 hour
#               per 30; 72 hours a year, 40 for small businesses (10 or fewer),
#               which comply from 2025-10-01,
#               https://mcul.org/cu-resources/take-a-second-cu-legal-insights/earned-sick-time-new-law-new-requirements-
#   MI-VARN     secondary: Varnum: the Earned Sick Time Act in effect
#               2025-02-21 for most employers, 2025-10-01 for 10 or fewer,
#               https://www.varnumlaw.com/insights/earned-sick-time-act-compliance-for-small-businesses
#   MN-DLI      Minnesota Dept. of Labor and Industry, FAQs: Earned sick and
#               safe time (Minn. Stat. 181.9445-181.9448): from 2024-01-01,
#               1 hour per 30, at least 48 hours a year,
#               https://dli.mn.gov/sick-leave-FAQs
#   MO-DOL      Missouri Dept. of Labor, Proposition A Paid Sick Time Benefits
#               FAQs (RSMo 290.600): every non-exempt private employer,
#               whatever its size,
#               https://labor.mo.gov/dls/proposition-a-paid-sick-time-benefits-faqs
#   MO-MOT      secondary: Mickes O'Toole: 1 hour per 30; 56 hours at 15 or
#               more employees, 40 under 15; accrual from 2025-05-01,
#               https://mickesotoole.com/articles/client-alert-on-the-horizon-how-proposition-a-could-revolutionize-sick-leave-in-missouri
#   MO-LR       secondary: Missouri Law Review: RSMo §§290.600-290.642,
#               https://lawreview.missouri.edu/pre-empting-the-people-missouris-legislative-response-to-the-voter-approved-paid-sick-leave-mandate
#   MO-BS       secondary: Baker Sterchi: HB 567 signed 2025-07-10, repeal in
#               effect 2025-08-28, https://www.bakersterchi.com/?an=144829&format=xml&t=40
#   NE-DOL      Nebraska Dept. of Labor, Healthy Families and Workplaces Act
#               FAQs: from 2025-10-01, employers of 11 or more; 40 hours at
#               11-19 employees, 56 at 20 or more,
#               https://dol.nebraska.gov/LaborStandards/WorkerRights/PSTFAQs
#   NE-BH       secondary: Baird Holm: Initiative 436 (2024) as amended by
#               LB 415; 1 hour per 30,
#               https://www.bairdholm.com/blog/legislative-update-changes-to-nebraskas-paid-sick-time-law-heads-to-governors-desk-for-approval/
#   NV-NRS      Nevada Legislature, NRS chapter 608 (NRS 608.0197, paid
#               leave), https://leg.state.nv.us/NRs/NRS-608.html
#   NV-TXT      secondary copy: NRS 608.0197(1)(a): at least 0.01923 hours of
#               paid leave per hour of work,
#               https://lexace.ai/us/statute/nevada/608.0197
#   NV-EBG      secondary: Epstein Becker Green: SB 312 (2019), employers of
#               50 or more in Nevada, for any reason, about 40 hours a year at
#               40 hours a week, from 2020-01-01,
#               https://www.ebglaw.com/insights/nevada-mandates-paid-leave-for-workers-to-use-for-any-reason/
#   NJ-BNJ      New Jersey Business Action Center, Refresher: Sick Leave and
#               Overtime Laws (2023-04-24): every employer, 1 hour per 30, up
#               to 40 hours a year,
#               https://business.nj.gov/recent/refresher-sick-leave-and-overtime-laws
#   NJ-AK       secondary: Anderson Kill: Earned Sick Leave Law, accrual from
#               2018-10-29,
#               https://www.andersonkill.com/Publications/New-Jersey-Enacts-Earned-Sick-Leave-Law---Employees-Entitled-to-40-Hours-Annually-
#   NM-FNM      secondary: Finance New Mexico: Healthy Workplaces Act from
#               2022-07-01, every private employer, 1 hour per 30, up to 64
#               hours a year,
#               https://financenewmexico.org/new-programs-open-opportunities-and-announcements/paid-sick-leave-law-starts-july-1
#   NM-NMSA     secondary copy: NMSA 1978 §§50-17-1 to 50-17-12 (Laws 2021
#               ch. 131, effective 2022-07-01),
#               https://law.uslawyerdatabase.com/category/us-law/2021-new-mexico-statutes/chapter-50-employment-law/article-17-healthy-workplaces
#   NY-LAB      New York Labor Law §196-b (New York Senate, Open
#               Legislation): 40 hours at 5-99 employees or at 4 or fewer with
#               net income over $1 million; 56 at 100 or more,
#               https://www.nysenate.gov/legislation/laws/LAB/196-B
#   NYS-PSL     secondary: MBLBC: accrual from 2020-09-30, use from
#               2021-01-01, https://mblbc.com/blog/paid-sick-leave-coming-to-ny-state-in-2021/
#               and Equal Rights Advocates, S.7506-B,
#               https://policyhub.equalrights.org/resources/new-york-s-7506-b-a-9506-b
#   OR-BOLI     Oregon BOLI, Oregon Sick Time FAQ: from 2016-01-01, paid at 10
#               or more employees in Oregon (6 with operations in Portland),
#               1 hour per 30, up to 40 hours a year,
#               http://www.oregon.gov/boli/TA/Pages/T_FAQ_OregonSickTime.aspx
#   OR-PDX      City of Portland, Commissioner Fritz: Senate Bill 454 preempts
#               Portland's Protected Sick Time law from 2016-01-01,
#               http://www.portlandonline.com/Fritz/index.cfm?c=55242
#   RI-PL       Rhode Island P.L. 2017 ch. 347, Healthy and Safe Families and
#               Workplaces Act, R.I. Gen. Laws ch. 28-57, enacted 2017-09-28,
#               http://webserver.rilin.state.ri.us/PublicLaws/law17/law17347.htm
#   RI-CER      secondary: Ceridian: employers of 18 or more, 1 hour per 35, up
#               to 24 hours in 2018, 32 in 2019, 40 from 2020,
#               https://www.ceridian.com/blog/rhode-island-healthy-safe-families-workplace-act
#   RI-JOBS     secondary: RIjobs: in effect 2018-07-01,
#               https://rijobs.com/workplace-act-to-affect-rhode-island-jobs/
#   VT-482      secondary copy: 21 V.S.A. §482 (Casetext): (a) 1 hour per 52
#               hours worked; (c) a cap of 40 hours in 12 months,
#               https://casetext.com/statute/vermont-statutes/title-21-labor/chapter-5-employment-practices/subchapter-4b-earned-sick-time/section-482-effective-712024-earned-sick-time
#   VT-BLR      secondary: BLR, Vermont Sick Leave (21 V.S.A. §481 et seq.):
#               from 2017-01-01, 1 hour per 52, up to 24 hours a year until
#               2018-12-31, 40 after,
#               https://www.blr.com/HR-Employment/Benefits-Leave/Sick-Leave-in-Vermont
#   VT-CP       secondary: Compliance Poster Co.: employers of 5 or fewer
#               full-time employees from 2018-01-01,
#               https://complianceposter.com/2016/12/28/vermont-workers-wellness-aided-paid-sick-leave-law
#   WA-LNI      Washington L&I, Paid sick leave minimum requirements (chapter
#               49.46 RCW, chapter 296-128 WAC): every employer, 1 hour per 40
#               worked, no cap on accrual, from 2018-01-01,
#               https://lni.wa.gov/workers-rights/leave/paid-sick-leave/paid-sick-leave-minimum-requirements
#   WA-LNI-W    Washington L&I, Paid sick leave (for workers): Initiative 1433,
#               https://lni.wa.gov/workers-rights/leave/paid-sick-leave/
#
# Cities
#   CHI-BACP    City of Chicago BACP, Paid Sick Leave (the 2017 ordinance):
#               1 hour per 40,
#               https://www.chicago.gov/city/en/depts/bacp/supp_info/paidsickleaveinfo.html
#   CHI-LPC     secondary: Lincoln Park Chamber of Commerce: in effect
#               2017-07-01, 1 hour per 40, up to 40 hours per 12 months,
#               https://www.lincolnparkchamber.com/news-item/minimum-wage-increase-paid-sick-leave-ordinance-start-july-1/
#   CHI-PL24    secondary: The Contractors Plan: the Paid Leave and Paid Sick
#               and Safe Leave Ordinance, passed 2023-11-09, in effect
#               2024-07-01: 1 hour per 35, 40 hours of paid sick leave and 40
#               of paid leave,
#               https://contractorsplan.com/about-us/news-and-pr/chicagos-new-paid-leave-and-sick-leave-ordinance
#   LA-CALCH    secondary: CalChamber Alert (2017-04-07): employers of 26 or
#               more from 2016-07-01, 25 or fewer from 2017-07-01,
#               https://calchamberalert.com/2017/04/07/small-employers-in-los-angeles-must-provide-paid-sick-leave-on-july-1/
#   LA-NFP      secondary: NFP: 1 hour per 30 (or 48 hours at once); 26 or
#               more from 2016-07-01, fewer than 26 from 2017-07-01,
#               https://www.nfp.com/about-nfp/insights/insights-detail/59
#   LA-LEX      secondary: Lexology: up to 48 hours a year, from 2016-07-01,
#               https://www.lexology.com/library/detail.aspx?g=ed016c8e-cd78-46d1-b6a0-c78c7d05d3b3
#   MPLS-CITY   City of Minneapolis, news (2016): employers of 6 or more,
#               from 2017-07-01, http://www.minneapolismn.gov/news/WCMSP-180727
#   MPLS-WK     secondary: Wolters Kluwer: Code ch. 40; 1 hour per 30, up to
#               48 hours a year, paid at 6 or more,
#               http://news.wolterskluwerlb.com/news/minneapolis-ordinance-gives-sick-safe-time-leave-to-employees/
#   OAK-LEB     secondary: The L&E Law Blog: Measure FF, from 2015-03-02, 1
#               hour per 30, accrual cap 40 hours under 10 employees, 72 at 10
#               or more,
#               https://www.thelelawblog.com/2014/11/articles/new-legislation-and-regulations/oakland-voters-pass-paid-sick-leave-and-minimum-wage-ordinance-proposition-ff/
#   OAK-SV      secondary: League of Women Voters, Smart Voter, Oakland Measure
#               FF (2014), the City Attorney's summary,
#               http://www2.smartvoter.org/2014/11/04/ca/alm/meas/FF/
#   PHL-MCG     secondary: McGuireWoods: from 2015-05-13, 1 hour per 40, up to
#               40 hours a year; employers of 10 or more (and chains of 15 or
#               more locations),
#               https://www.mcguirewoods.com/client-resources/Alerts/2015/3/Philadelphias-New-Promoting-Healthy-Families-Workplace-Ordinance
#   PIT-SMGG    secondary: SMGG Law: from 2020-03-15, 1 hour per 35, up to 40
#               hours at 15 or more employees; up to 24 under 15, unpaid until
#               2021-03-14, paid from 2021-03-15,
#               https://www.smgglaw.com/blog/pittsburgh-paid-sick-days-act
#   PIT-OGL     secondary: Ogletree Deakins (National Law Review): amendment
#               passed 2025-06-10, from 2026-01-01 1 hour per 30, 72 hours at
#               15 or more employees, 48 under 15,
#               https://natlawreview.com/article/pittsburgh-city-council-amends-paid-sick-days-act
#   PIT-CITY    City of Pittsburgh, bulletin on the signing of the 2025
#               amendment, https://content.govdelivery.com/accounts/PAPITT/bulletins/3e85ed1
#   STP-LEG     City of Saint Paul, Ord 16-29: Legislative Code ch. 233,
#               earned sick and safe time, adopted 2016-09-07,
#               https://stpaul.legistar.com/LegislationDetail.aspx?ID=2801386&GUID=D3340F14-A618-4A88-8D04-E820E6C352C7&FullText=1
#   STP-MWH     secondary: Minnesota Wage and Hour: in effect 2017-07-01 at 24
#               or more employees, 1 hour per 30, up to 48 hours a year,
#               https://www.minnesotawageandhour.com/2017/07/st-paul-earned-sick-safe-time-ordinance-effect-july-1-2017/
#   STP-LH      secondary: Larkin Hoffman: 24 or more from 2017-07-01, 23 or
#               fewer from 2018-01-01 (one summary, on Mondaq, gives
#               2018-07-01; the table follows the two that agree),
#               https://www.larkinhoffman.com/media/new-st-paul-ordinance-guarantees-paid-sick-and-safe-time-leave-for-employees
#   SD-MQ       secondary: Mondaq: San Diego's Earned Sick Leave and Minimum
#               Wage Ordinance in effect 2016-07-11, 1 hour per 30, use up to
#               40 hours a year,
#               http://www.mondaq.com/unitedstates/x/511328/employee+rights+labour+relations/San+Diegos+New+Sick+Leave+Ordinance+Is+In+Effect+And+Fixes+Are+Imminent
#   SF-OLSE     San Francisco OLSE, Paid Sick Leave Ordinance: in effect
#               2007-02-05; 1 hour per 30; balance cap 72 hours at 10 or more
#               employees, 40 under 10; Labor and Employment Code art. 11,
#               https://sf.gov/node/4438
#   SF-CODE     S.F. Labor and Employment Code art. 11 (American Legal):
#               added as Administrative Code ch. 12W by Proposition F (2006),
#               https://codelibrary.amlegal.com/codes/san_francisco/latest/sf_laboremployment/0-0-0-288
#   SEA-HUD     secondary: Huddleston Tax CPAs: SMC 14.16 from 2012-09-01; 1
#               hour per 40 up to 40 hours (more than 4 to 49 FTE), 1 per 40 up
#               to 56 (50-249), 1 per 30 up to 72 (250 or more),
#               https://huddlestontaxcpas.com/blog/seattle-paid-sick-and-safe-time/
#   SEA-OLS     secondary copy: Seattle Office of Labor Standards, 2023 labor
#               standards poster: tiers by FTEs worldwide,
#               https://www.scribd.com/document/672385072/2023-Seattle-Labor-Standards-Ordinances
#   SEA-DOR     secondary: Dorsey & Whitney: all employees, not only those in
#               Seattle, count for the tier,
#               https://www.dorsey.com/newsresources/publications/2012/08/reminder-seattle-sick-leave-and-safe-time-ordina__

import "../vocabulary.jq"

param ny_small_employer = 5 "New York State: headcount from which paid sick leave is due whatever the employer's income (Labor Law §196-b)"
param ny_small_employer_income = $1_000_000 "New York State: net income above which an employer of 4 or fewer workers owes paid (not unpaid) sick leave (Labor Law §196-b)"
param eo13706_sick_hours = 56 hours "Federal contractors: paid sick leave a worker earns each year (Executive Order 13706, 7 days)"
param sick_accrual_per_30_hours = 1 "Hours of paid sick leave earned per 30 hours worked, the accrual rate of the laws that accrual_rate checks"

table sick_leave_state "Paid sick leave a full-time worker can earn and use in a year, by state, employer size and effective date" {
  key state: text
  key from_employees: count
  from: date
  value: hours
  "AK", 1   from 2025-07-01 => 40 hours  source "Alaska Ballot Measure 1 (2024), AS 23.10.066-23.10.069: 1 hour per 30, up to 40 hours a year under 15 employees, from 2025-07-01 [AK-DOL, AK-SHRM]"
  "AK", 15  from 2025-07-01 => 56 hours  source "Alaska Ballot Measure 1 (2024): up to 56 hours a year at 15 or more employees [AK-DOL, AK-SHRM]"
  "AZ", 1   from 2017-07-01 => 24 hours  source "Arizona Fair Wages and Healthy Families Act (Prop 206, 2016): 1 hour per 30, up to 24 hours a year under 15 employees, from 2017-07-01 [AZ-LH, AZ-C2]"
  "AZ", 15  from 2017-07-01 => 40 hours  source "Arizona Fair Wages and Healthy Families Act: up to 40 hours a year at 15 or more employees [AZ-LH, AZ-C2]"
  "CA", 1   from 2015-07-01 => 24 hours  source "California Healthy Workplaces, Healthy Families Act of 2014 (AB 1522), Labor Code §246: 1 hour per 30 from 2015-07-01, use up to 24 hours or 3 days a year [CA-DIR, CA-HUNTON]"
  "CA", 1   from 2024-01-01 => 40 hours  source "Labor Code §246 as amended by SB 616 (2023): 40 hours or 5 days a year, whichever is more (10-hour days: 50 hours), from 2024-01-01 [CA-DIR, CA-SB616, CA-CALCH]"
  "CO", 16  from 2021-01-01 => 48 hours  source "Colorado Healthy Families and Workplaces Act (S.B. 20-205): 1 hour per 30, up to 48 hours a year; employers of 16 or more from 2021-01-01 [CO-CDLE, CO-INFO6B, EC-HFWA]"
  "CO", 1   from 2022-01-01 => 48 hours  source "Colorado Healthy Families and Workplaces Act: every employer from 2022-01-01 [CO-INFO6B, EC-HFWA]"
  "CT", 25  from 2025-01-01 => 40 hours  source "Connecticut paid sick leave law as expanded in 2024: 1 hour per 30, up to 40 hours a year; employers of 25 or more from 2025-01-01 [CT-CBIA, CT-FH]"
  "CT", 11  from 2026-01-01 => 40 hours  source "Connecticut paid sick leave law: employers of 11 or more from 2026-01-01 [CT-CBIA]"
  "CT", 1   from 2027-01-01 => 40 hours  source "Connecticut paid sick leave law: every employer from 2027-01-01 [CT-CBIA]"
  "DC", 1   from 2008-11-13 => 24 hours  source "D.C. Accrued Sick and Safe Leave Act of 2008, D.C. Code §32-531.02(a); 7 DCMR 3201.4: 1 hour per 87, up to 3 days a year at 24 or fewer employees (average FTEs of the prior year, 3201.5), accrual from 2008-11-13 (3201.1) [DC-DCMR, DC-WLAW]"
  "DC", 25  from 2008-11-13 => 40 hours  source "D.C. Code §32-531.02(a); 7 DCMR 3201.3: 1 hour per 43, up to 5 days a year at 25-99 employees [DC-DCMR, DC-WLAW]"
  "DC", 100 from 2008-11-13 => 56 hours  source "D.C. Code §32-531.02(a); 7 DCMR 3201.2: 1 hour per 37, up to 7 days a year at 100 or more employees [DC-DCMR, DC-WLAW]"
  "IL", 1   from 2024-01-01 => 40 hours  source "Illinois Paid Leave for All Workers Act, 820 ILCS 192 (P.A. 102-1143): 1 hour per 40, up to 40 hours a year, for any reason, from 2024-01-01; employees covered by the Chicago or Cook County ordinances follow those [IL-IDOL, IL-KEMP, IL-ISACO]"
  "ME", 11  from 2021-01-01 => 40 hours  source "Maine earned paid leave, 26 M.R.S. §637: 1 hour per 40, up to 40 hours a year, for any reason, employers of more than 10, from 2021-01-01 [ME-WK, ME-CEI]"
  "MD", 15  from 2018-02-11 => 40 hours  source "Maryland Healthy Working Families Act (House Bill 1): 1 hour per 30, up to 40 hours a year, paid at 15 or more employees, from 2018-02-11 [MD-DLLR, MD-FOX]"
  "MA", 11  from 2015-07-01 => 40 hours  source "Massachusetts Earned Sick Time law (approved by voters in 2014): 1 hour per 30, up to 40 hours a year, paid at an average of 11 or more employees counted in and outside Massachusetts (940 CMR 33.04), from 2015-07-01 [MA-AGO, MA-NOTICE, MA-CMR]"
  "MI", 50  from 2019-03-29 => 40 hours  source "Michigan Paid Medical Leave Act: 1 hour per 35, up to 40 hours a year, employers of 50 or more, from 2019-03-29 [MI-PMLA]"
  "MI", 50  from 2025-02-21 => 69 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2: 1 hour per 30, use up to 72 hours a year (69 hours over 2,080 hours worked; 72 front-loaded) from 2025-02-21 [MI-MCUL, MI-VARN]"
  "MI", 11  from 2025-02-21 => 69 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2: employers of 11 or more, 1 hour per 30 up to 72 hours a year, from 2025-02-21 [MI-MCUL, MI-VARN]"
  "MI", 1   from 2025-10-01 => 40 hours  source "Michigan Earned Sick Time Act as amended by 2025 PA 2: small businesses (10 or fewer) from 2025-10-01, up to 40 hours a year [MI-MCUL, MI-VARN]"
  "MN", 1   from 2024-01-01 => 48 hours  source "Minnesota Earned Sick and Safe Time, Minn. Stat. §181.9445-181.9448: 1 hour per 30, at least 48 hours a year, every employer, from 2024-01-01 [MN-DLI]"
  "MO", 1   from 2025-05-01 => 40 hours  source "Missouri Proposition A (2024), RSMo 290.600-290.642: 1 hour per 30, up to 40 hours a year under 15 employees, from 2025-05-01 [MO-DOL, MO-MOT, MO-LR]"
  "MO", 15  from 2025-05-01 => 56 hours  source "Missouri Proposition A (2024): up to 56 hours a year at 15 or more employees [MO-MOT]"
  "MO", 1   from 2025-08-28 => 0 hours   source "Missouri HB 567 (signed 2025-07-10) repealed Proposition A's paid sick time from 2025-08-28 [MO-BS]"
  "MO", 15  from 2025-08-28 => 0 hours   source "Missouri HB 567: repeal from 2025-08-28 [MO-BS]"
  "NE", 11  from 2025-10-01 => 40 hours  source "Nebraska Healthy Families and Workplaces Act (Initiative 436, 2024) as amended by LB 415 (2025): 1 hour per 30, up to 40 hours a year at 11-19 employees, from 2025-10-01; 10 or fewer not covered [NE-DOL, NE-BH]"
  "NE", 20  from 2025-10-01 => 56 hours  source "Nebraska Healthy Families and Workplaces Act as amended by LB 415: up to 56 hours a year at 20 or more employees [NE-DOL]"
  "NV", 50  from 2020-01-01 => 40 hours  source "Nevada paid leave (SB 312, 2019), NRS 608.0197(1)(a): 0.01923 hours of paid leave per hour worked (40 hours over 2,080), for any reason; employers of 50 or more, from 2020-01-01 [NV-NRS, NV-TXT, NV-EBG]"
  "NJ", 1   from 2018-10-29 => 40 hours  source "New Jersey Earned Sick Leave Law: 1 hour per 30, up to 40 hours a benefit year, every employer, from 2018-10-29 [NJ-BNJ, NJ-AK]"
  "NM", 1   from 2022-07-01 => 64 hours  source "New Mexico Healthy Workplaces Act, NMSA 1978 §50-17-1 to 50-17-12 (Laws 2021 ch. 131): 1 hour per 30, up to 64 hours a year, every employer, from 2022-07-01 [NM-FNM, NM-NMSA]"
  "NY", 1   from 2021-01-01 => 40 hours  source "New York Labor Law §196-b (S.7506-B, 2020): 40 hours at 5-99 employees, or 4 or fewer with net income over $1 million; use from 2021-01-01 [NY-LAB, NYS-PSL]"
  "NY", 100 from 2021-01-01 => 56 hours  source "New York Labor Law §196-b: 56 hours at 100 or more employees [NY-LAB, NYS-PSL]"
  "OR", 10  from 2016-01-01 => 40 hours  source "Oregon sick time law (Senate Bill 454): from 2016-01-01, 1 hour per 30, up to 40 hours a year, paid at 10 or more employees in Oregon (6 with operations in Portland: see sick_leave_city) [OR-BOLI, OR-PDX]"
  "RI", 18  from 2018-07-01 => 24 hours  source "Rhode Island Healthy and Safe Families and Workplaces Act, R.I. Gen. Laws ch. 28-57 (P.L. 2017 ch. 347): 1 hour per 35, up to 24 hours in 2018, paid at 18 or more employees, from 2018-07-01 [RI-PL, RI-CER, RI-JOBS]"
  "RI", 18  from 2019-01-01 => 32 hours  source "R.I. Gen. Laws ch. 28-57: up to 32 hours in 2019 [RI-CER, RI-JOBS]"
  "RI", 18  from 2020-01-01 => 40 hours  source "R.I. Gen. Laws ch. 28-57: up to 40 hours a year from 2020 [RI-CER, RI-JOBS]"
  "VT", 6   from 2017-01-01 => 24 hours  source "Vermont Earned Sick Time, 21 V.S.A. §481 et seq.: 1 hour per 52, up to 24 hours a year in 2017-2018; employers with 5 or fewer full-time workers from 2018-01-01 [VT-BLR, VT-CP]"
  "VT", 1   from 2018-01-01 => 24 hours  source "21 V.S.A. §481 et seq.: employers with 5 or fewer full-time workers from 2018-01-01 [VT-CP]"
  "VT", 6   from 2019-01-01 => 40 hours  source "21 V.S.A. §482(a), (c): 1 hour per 52 hours worked (40 hours over 2,080), capped at 40 hours a year from 2019-01-01 [VT-482, VT-BLR]"
  "VT", 1   from 2019-01-01 => 40 hours  source "21 V.S.A. §482(a), (c): 1 hour per 52 hours worked (40 hours over 2,080), capped at 40 hours a year from 2019-01-01 [VT-482, VT-BLR]"
  "WA", 1   from 2018-01-01 => 52 hours  source "Washington paid sick leave (Initiative 1433; chapter 49.46 RCW): 1 hour per 40 hours worked, no cap on accrual (52 hours over 2,080), every employer, from 2018-01-01 [WA-LNI, WA-LNI-W]"
}

table sick_leave_state_days "Paid sick leave in days of the worker's own shift, where the law says 'hours or days, whichever is more'" {
  key state: text
  from: date
  value: number
  "CA" from 2015-07-01 => 3  source "California Labor Code §246: 24 hours or 3 days, a day being the worker's own shift [CA-HUNTON, CA-SB616]"
  "CA" from 2024-01-01 => 5  source "California Labor Code §246 as amended by SB 616: 40 hours or 5 days, whichever is more, from 2024-01-01 [CA-CALCH, CA-SB616]"
}

table sick_leave_city "Paid sick leave a full-time worker can earn and use in a year under a city ordinance, by city, employer size and effective date" {
  key city: text
  key from_employees: count
  from: date
  value: hours
  "Chicago",       1   from 2017-07-01 => 40 hours  source "Chicago Minimum Wage and Paid Sick Leave Ordinance: 1 hour per 40, up to 40 hours a year, from 2017-07-01 [CHI-BACP, CHI-LPC]"
  "Chicago",       1   from 2024-07-01 => 40 hours  source "Chicago Paid Leave and Paid Sick and Safe Leave Ordinance (2023): 1 hour per 35, up to 40 hours of paid sick leave (plus 40 hours of paid leave, not checked here), from 2024-07-01 [CHI-PL24]"
  "Los Angeles",   26  from 2016-07-01 => 48 hours  source "Los Angeles Minimum Wage Ordinance, sick time benefits: 1 hour per 30, use up to 48 hours (6 days) a year; employers of 26 or more from 2016-07-01 [LA-CALCH, LA-NFP, LA-LEX]"
  "Los Angeles",   1   from 2017-07-01 => 48 hours  source "Los Angeles Minimum Wage Ordinance, sick time benefits: employers of 25 or fewer from 2017-07-01 [LA-CALCH, LA-NFP]"
  "Minneapolis",   6   from 2017-07-01 => 48 hours  source "Minneapolis Sick and Safe Time Ordinance (Code ch. 40): 1 hour per 30, up to 48 hours a year, paid at 6 or more employees, from 2017-07-01 [MPLS-CITY, MPLS-WK]"
  "Oakland",       1   from 2015-03-02 => 40 hours  source "Oakland Measure FF (2014), Minimum Wage and Paid Sick Leave: 1 hour per 30, accrual cap 40 hours under 10 employees, from 2015-03-02 [OAK-LEB, OAK-SV]"
  "Oakland",       10  from 2015-03-02 => 69 hours  source "Oakland Measure FF: 1 hour per 30, accrual cap 72 hours at 10 or more employees (69 hours over 2,080) [OAK-LEB, OAK-SV]"
  "Philadelphia",  10  from 2015-05-13 => 40 hours  source "Philadelphia Promoting Healthy Families and Workplaces Ordinance: 1 hour per 40, up to 40 hours a year, paid at 10 or more employees, from 2015-05-13 [PHL-MCG]"
  "Pittsburgh",    15  from 2020-03-15 => 40 hours  source "Pittsburgh Paid Sick Days Act: 1 hour per 35, up to 40 hours a year at 15 or more employees, from 2020-03-15 [PIT-SMGG]"
  "Pittsburgh",    1   from 2021-03-15 => 24 hours  source "Pittsburgh Paid Sick Days Act: up to 24 hours a year under 15 employees, unpaid in its first year, paid from 2021-03-15 [PIT-SMGG]"
  "Pittsburgh",    15  from 2026-01-01 => 69 hours  source "Pittsburgh Paid Sick Days Act as amended 2025-06-10: 1 hour per 30, at least 72 hours a year at 15 or more employees from 2026-01-01 (69 hours over 2,080) [PIT-OGL, PIT-CITY]"
  "Pittsburgh",    1   from 2026-01-01 => 48 hours  source "Pittsburgh Paid Sick Days Act as amended 2025-06-10: 48 hours a year under 15 employees from 2026-01-01 [PIT-OGL]"
  "Portland",      6   from 2016-01-01 => 40 hours  source "Oregon sick time law (Senate Bill 454): from 2016-01-01, paid sick time at 6 or more employees for an employer with operations in Portland; Portland's own ordinance is preempted [OR-BOLI, OR-PDX]"
  "Saint Paul",    24  from 2017-07-01 => 48 hours  source "Saint Paul Earned Sick and Safe Time Ordinance, Legislative Code ch. 233 (2016): 1 hour per 30, up to 48 hours a year; employers of 24 or more from 2017-07-01 [STP-LEG, STP-MWH, STP-LH]"
  "Saint Paul",    1   from 2018-01-01 => 48 hours  source "Saint Paul Earned Sick and Safe Time Ordinance: every employer from 2018-01-01 [STP-LH]"
  "San Diego",     1   from 2016-07-11 => 40 hours  source "San Diego Earned Sick Leave and Minimum Wage Ordinance: 1 hour per 30, use up to 40 hours a year, from 2016-07-11 [SD-MQ]"
  "San Francisco", 1   from 2007-02-05 => 40 hours  source "San Francisco Paid Sick Leave Ordinance (Proposition F, 2006; Administrative Code ch. 12W, now Labor and Employment Code art. 11): 1 hour per 30, balance cap 40 hours under 10 employees, from 2007-02-05 [SF-OLSE, SF-CODE]"
  "San Francisco", 10  from 2007-02-05 => 69 hours  source "San Francisco Labor and Employment Code art. 11: 1 hour per 30, balance cap 72 hours at 10 or more employees (69 hours over 2,080) [SF-OLSE]"
  "Seattle",       5   from 2012-09-01 => 40 hours  source "Seattle Paid Sick and Safe Time Ordinance, SMC ch. 14.16, from 2012-09-01: tier 1 (more than 4, up to 49 FTE worldwide), 1 hour per 40, up to 40 hours a year (the state's 52 hours apply too) [SEA-HUD, SEA-OLS, SEA-DOR]"
  "Seattle",       50  from 2012-09-01 => 56 hours  source "SMC ch. 14.16: tier 2 (50-249 FTE worldwide), 1 hour per 40, up to 56 hours a year [SEA-HUD, SEA-OLS]"
  "Seattle",       250 from 2012-09-01 => 69 hours  source "SMC ch. 14.16: tier 3 (250 or more FTE worldwide), 1 hour per 30, up to 72 hours a year (69 hours over 2,080) [SEA-HUD, SEA-OLS]"
}

table sick_leave_city_state "The state of each city of sick_leave_city (a city's name alone is not unique)" {
  key city: text
  value: text
  "Chicago"       => "IL"
  "Los Angeles"   => "CA"
  "Minneapolis"   => "MN"
  "Oakland"       => "CA"
  "Philadelphia"  => "PA"
  "Pittsburgh"    => "PA"
  "Portland"      => "OR"
  "Saint Paul"    => "MN"
  "San Diego"     => "CA"
  "San Francisco" => "CA"
  "Seattle"       => "WA"
}

# The date whose law applies: the date the facts describe (org.reporting_date),
# or the evaluation date (`today`, --as-of) when the fact file gives none. A
# fact file of March 2024 is checked against the law of March 2024.
let sick_leave_date = if org.reporting_date is known then org.reporting_date else today

# The row of sick_leave_state that applies: the largest threshold with a row
# for the state at or below org.employee_count (largest first; see the
# header), 0 when there is none (no law, not yet in force, or the employer is
# below the smallest threshold). With the state unknown it is 1, so that the
# rule's lookup is unknown and names org.state as missing.
let state_sick_threshold =
  if org.state is unknown then 1
  else if org.employee_count >= 100 and sick_leave_state[org.state, 100, sick_leave_date] is known then 100
  else if org.employee_count >= 50 and sick_leave_state[org.state, 50, sick_leave_date] is known then 50
  else if org.employee_count >= 25 and sick_leave_state[org.state, 25, sick_leave_date] is known then 25
  else if org.employee_count >= 20 and sick_leave_state[org.state, 20, sick_leave_date] is known then 20
  else if org.employee_count >= 18 and sick_leave_state[org.state, 18, sick_leave_date] is known then 18
  else if org.employee_count >= 16 and sick_leave_state[org.state, 16, sick_leave_date] is known then 16
  else if org.employee_count >= 15 and sick_leave_state[org.state, 15, sick_leave_date] is known then 15
  else if org.employee_count >= 11 and sick_leave_state[org.state, 11, sick_leave_date] is known then 11
  else if org.employee_count >= 10 and sick_leave_state[org.state, 10, sick_leave_date] is known then 10
  else if org.employee_count >= 6 and sick_leave_state[org.state, 6, sick_leave_date] is known then 6
  else if sick_leave_state[org.state, 1, sick_leave_date] is known then 1
  else 0

# The state's yearly amount (0 hours where no row applies).
let state_sick_hours =
  if state_sick_threshold > 0
  then sick_leave_state[org.state, state_sick_threshold, sick_leave_date]
  else 0 hours

# "Or N days, whichever is more" (California): N of the worker's own
# workdays, the longest regular shift standing for a workday.
let state_sick_days_hours =
  if org.state is known and sick_leave_state_days[org.state, sick_leave_date] is known
  then sick_leave_state_days[org.state, sick_leave_date] * schedule.longest_shift_h
  else 0 hours

# New York: an employer of 4 or fewer with net income of $1 million or less
# owes 40 hours of unpaid leave, not paid leave (Labor Law §196-b).
let ny_unpaid_only =
  org.state == "NY" and org.employee_count < ny_small_employer
  and org.net_income_last_year <= ny_small_employer_income

# The states of the cities of sick_leave_city: elsewhere no city ordinance
# applies, whatever org.city says. Add the state here with its first city.
let city_sick_leave_state = org.state in ["CA", "IL", "MN", "OR", "PA", "WA"]

# The row of sick_leave_city that applies, as for the state: 0 where the
# city has no ordinance (or a city of that name lies in another state); 1
# with the city unknown, so that the lookup names org.city as missing.
let city_sick_threshold =
  if org.city is unknown then 1
  else if sick_leave_city_state[org.city] is unknown then 0
  else if sick_leave_city_state[org.city] != org.state then 0
  else if org.employee_count >= 250 and sick_leave_city[org.city, 250, sick_leave_date] is known then 250
  else if org.employee_count >= 50 and sick_leave_city[org.city, 50, sick_leave_date] is known then 50
  else if org.employee_count >= 26 and sick_leave_city[org.city, 26, sick_leave_date] is known then 26
  else if org.employee_count >= 24 and sick_leave_city[org.city, 24, sick_leave_date] is known then 24
  else if org.employee_count >= 15 and sick_leave_city[org.city, 15, sick_leave_date] is known then 15
  else if org.employee_count >= 10 and sick_leave_city[org.city, 10, sick_leave_date] is known then 10
  else if org.employee_count >= 6 and sick_leave_city[org.city, 6, sick_leave_date] is known then 6
  else if org.employee_count >= 5 and sick_leave_city[org.city, 5, sick_leave_date] is known then 5
  else if sick_leave_city[org.city, 1, sick_leave_date] is known then 1
  else 0

# The state's law sets an accrual of 1 hour per 30 hours worked (Michigan's
# from 2025-02-21; its 2019 law accrued 1 per 35). The other laws accrue more
# slowly (1 per 35 to 1 per 87) and are checked by their yearly amount only.
let state_accrues_1_per_30 =
  (state_sick_hours > 0 hours
   and org.state in ["AK", "AZ", "CA", "CO", "CT", "MA", "MD", "MN", "MO", "NE", "NJ", "NM", "NY", "OR"])
  or (state_sick_hours > 0 hours and org.state == "MI" and sick_leave_date >= 2025-02-21)

# For rules outside law_sick_leave (the Benefits principle): the yearly
# amount a city's ordinance sets for this employer, 0 hours where none
# applies; and whether a state or city law sets paid sick leave for it at
# all (federal contractors are left to law_sick_leave: Executive Order
# 13706 covers work on the contracts, not every worker).
let city_sick_hours =
  if city_sick_leave_state and city_sick_threshold > 0
  then sick_leave_city[org.city, city_sick_threshold, sick_leave_date]
  else 0 hours
let sick_leave_law_applies =
  (state_sick_hours > 0 hours or city_sick_hours > 0 hours) and not ny_unpaid_only
