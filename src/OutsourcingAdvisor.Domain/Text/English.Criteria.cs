namespace OutsourcingAdvisor.Domain.Text;

public static partial class English
{
    /// <summary>
    /// The criteria's words: each one's title, what it favours, and the reasons it gives (which reason applies, with
    /// how many points and which source, is the criterion's rule in Scoring/Criteria).
    /// </summary>
    public static class Criteria
    {
        public static class Budget
        {
            public const string Title = "Your budget";
            public const string Favours = "BPO on a tight budget per hour of time-priced work; KPO when it allows specialist rates; no hire the budget cannot pay";
        }

        public static class BudgetFit
        {
            public const string Title = "Cost against your budget";
            public const string Favours = "locations whose cost fits the budget; when none does, the cheapest";
        }

        public static class Coverage
        {
            public const string Title = "Hours covered and customer contact";
            public const string Favours = "BPO for 24/7 or extended cover and for front-office work";
            public const string SupportAroundClockStandardOffer = "Support around the clock is a standard offer of BPO contact centres.";
            public const string StaffingEveryHourEveryDay = "Staffing every hour of every day yourself takes a large in-house team.";
            public const string CoverBeyondOfficeHoursEasier = "Cover beyond office hours is easier to buy from a BPO provider that runs shifts.";
            public const string CustomerFacingFrontOfficeWork = "Customer-facing (front-office) work such as support and sales is a common BPO service.";
        }

        public static class CustomerLanguage
        {
            public const string Title = "Language and culture for your customers";
            public const string Favours = "onshore, then nearshore, for customer-facing work";
            public const string CustomersWillTalkProviderTeam = "Your customers will talk to the provider: a team from your own country shares their language and habits.";
            public const string NeighbouringCountryOftenSharesLanguage = "A neighbouring country often shares a language or cultural ties with your customers.";
            public const string DistantTeamMaySpeakCustomers = "A distant team may speak your customers' language less naturally; check accents and cultural fit before you sign.";
        }

        public static class DataSensitivity
        {
            public const string Title = "How sensitive the data is (who does it)";
            public const string Favours = "keeping regulated or personal data in-house";
            public const string RegulatedPersonalDataStaysUnder = "Regulated or personal data stays under your own control in-house; in one survey 59% of companies had suffered a breach caused by a vendor.";
            public const string SomeDataSensitiveGivesSlight = "Some of the data is sensitive, which gives a slight edge to keeping the work in your own hands.";
        }

        public static class Engagement
        {
            public const string Title = "How long and how much of the work";
            public const string Favours = "a project for one-off or single tasks; BPO for a whole process handed over long term";
            public const string OneTimePieceWorkWhat = "A one-time piece of work is what project outsourcing is for.";
            public const string TakingPermanentEmployeeSingleJob = "Taking on a permanent employee for a single job rarely pays off.";
            public const string BPOPartnershipsSetUpLong = "BPO partnerships are set up for the long term, which a one-off job does not need.";
            public const string ShortDemandHelpUsualShape = "Short, on-demand help is the usual shape of project outsourcing.";
            public const string ShortNeedJustifyPermanentHire = "A short need does not justify a permanent hire.";
            public const string BPOLongTermPartnershipShort = "BPO is a long-term partnership; short-term help is ordinary outsourcing.";
            public const string OngoingWorkSuitsLongTerm = "Ongoing work suits a long-term provider relationship such as BPO.";
            public const string WorkNeverStopsAlsoJustify = "Work that never stops can also justify your own staff.";
            public const string ProjectsEndOngoingWorkWould = "Projects end; ongoing work would need one contract after another.";
            public const string HandingOverEntireBusinessProcess = "Handing over an entire business process, not just a task, is the defining trait of BPO.";
            public const string WholeProcessMoreProjectSized = "A whole process is more than a project-sized piece of work.";
            public const string SingleBoundedTaskOutsourcedProject = "A single, bounded task can be outsourced as a project without a long contract.";
            public const string BPOProvidersTakeOverWhole = "BPO providers take over whole business processes, not single tasks.";
        }

        public static class Goal
        {
            public const string Title = "What you want to achieve";
            public const string Favours = "BPO to cut costs, free up time or scale; KPO to gain expertise, raise quality or innovate";
            public const string SavingMoneyMainReasonFirms = "Saving money is the main reason firms hand routine work to BPO providers.";
            public const string KPOCostsMuchMoreBPO = "KPO costs much more than BPO because you pay for expertise, so it is a poor fit for a savings goal.";
            public const string WhenProblemTooFewHands = "When the problem is too few hands or too little time, BPO takes the time-consuming tasks off you.";
            public const string LackTimeOneUsualReasons = "Lack of time is one of the usual reasons to hand a project, or part of one, to a provider.";
            public const string NeedKnowHowAllTime = "You need the know-how all the time: hiring someone who has it brings the expertise into the business for good.";
            public const string WhenTeamLacksKnowHow = "When your team lacks the know-how, KPO is the type of outsourcing that supplies it.";
            public const string KPOAimsQualityResultFirst = "KPO aims at the quality of the result first and price second.";
            public const string OutsideExpertsBringNewMethods = "Outside experts bring new methods and a fresh view, which is what KPO offers for innovation.";
            public const string BPOLetsGrowShrinkCapacity = "BPO lets you grow or shrink capacity quickly without hiring and letting go.";
        }

        public static class LocationCost
        {
            public const string Title = "Cost by location";
            public const string Favours = "offshore, then nearshore; more so when the goal is cutting costs; by the sources' own figures where they price both";
        }

        public static class LocationDataSensitivity
        {
            public const string Title = "How sensitive the data is (where it goes)";
            public const string Favours = "onshore for regulated or personal data, away from offshore";
            public const string RegulatedPersonalDataStaysUnder = "Regulated or personal data stays under your own country's law and courts.";
            public const string SendingRegulatedDataAbroadAdds = "Sending regulated data abroad adds another legal system to comply with.";
            public const string DistantCountryAddsLegalCountry = "A distant country adds legal, country and data-security risk that is hard to oversee for regulated data.";
            public const string SomeDataSensitiveDistantProvider = "Some of the data is sensitive; a distant provider is harder to audit.";
        }

        public static class NatureOfWork
        {
            public const string Title = "What kind of work it is";
            public const string Favours = "BPO for routine process work, KPO for expert work, a project for one-off deliverables";
            public static string BothProcessAndKnowledge(string work) => $"The sources list {work} both as process work (BPO) and as knowledge work (KPO), so the skill you need decides between them.";
            public static string ListedAmongBpo(string work) => $"{work} is listed among BPO services: repeatable process work a provider runs at volume.";
            public static string ListedAmongKpo(string work) => $"{work} is listed among KPO services: work that rests on expert knowledge and analysis.";
            public static string TypicalProject(string work) => $"{work} is named as a typical piece of project outsourcing: a deliverable with a clear end.";
            public static string ItOutsourcing(string work) => $"{work} is IT outsourcing, which is bought either as a standing service contract or per project.";
        }

        public static class OnSite
        {
            public const string Title = "Presence on your premises";
            public const string Favours = "onshore only (nearshore and offshore are excluded) when on-site presence is required";
            public const string SomeoneMustPremisesProviderAbroad = "Someone must be at your premises, which a provider abroad cannot do day to day.";
            public const string OnlyProviderOwnCountrySend = "Only a provider in your own country can send people to your site.";
        }

        public static class Preference
        {
            public const string Title = "Your preferred location";
            public const string Favours = "the location you prefer";
            public static string YouPrefer(Scoring.LocationOption option) => $"You said you would prefer {Scoring.OptionNames.Name(option)} delivery.";
        }

        public static class Reliance
        {
            public const string Title = "How often you need the skill";
            public const string Favours = "an in-house hire when knowledge work is needed continuously; outsourcing when it is occasional";
            public const string WouldDependThisExpertiseAll = "You would depend on this expertise all the time; at that point hiring your own expert usually beats renting one.";
            public const string BuyingExpertWorkContinuouslyFrom = "Buying expert work continuously from a KPO firm adds up to more than a hire would cost.";
            public const string ContinuousNeedCannotMetOne = "A continuous need cannot be met one project at a time.";
            public const string StandingNeedRoutineWorkSuits = "A standing need for routine work suits a long-term BPO partner.";
            public const string StandingNeedCouldAlsoKeep = "A standing need could also keep an employee busy.";
            public const string NeedThisExpertiseOftenIf = "You need this expertise often; if that grows, hiring becomes worth weighing.";
            public const string OccasionalNeedKeepFullTime = "An occasional need does not keep a full-time employee busy; outsourcing avoids the hire.";
            public const string OccasionalWorkBoughtWhenComes = "Occasional work can be bought as and when it comes up.";
            public const string KPOGivesAccessExpertsWhen = "KPO gives access to experts when you need them, without a permanent hire.";
        }

        public static class SkillLevel
        {
            public const string Title = "The skill the work needs";
            public const string Favours = "BPO for basic and intermediate skills; KPO (and, for experts, a hire) for specialist and expert skills";
            public const string BasicSkillsEnoughLevelBPO = "Basic skills are enough, which is the level BPO teams are staffed for.";
            public const string PayingSpecialistKnowledgeBuysNothing = "Paying for specialist knowledge buys nothing when basic skills will do.";
            public const string TrainedSpecialistStaffStillWithin = "Trained but not specialist staff: still within what a BPO provider offers.";
            public const string SpecialistKnowledgeWhatKPOProviders = "Specialist knowledge is what KPO providers sell and BPO teams usually lack.";
            public const string BPOBuiltAroundBasicSkills = "BPO is built around basic skills, not specialist ones.";
            public const string SpecialistAlsoHiredIfNeed = "A specialist can also be hired, if the need is steady enough.";
            public const string ExpertJudgementAnalysisCoreKPO = "Expert judgement and analysis are the core of KPO.";
            public const string ExpertWorkFitBPOProvider = "Expert work does not fit a BPO provider, whose staff are trained for routine tasks.";
            public const string ExpertiseNeededEitherWayBought = "Expertise is needed either way: bought from a KPO firm or hired onto your team.";
        }

        public static class WorkSite
        {
            public const string Title = "Where the work is done (who does it)";
            public const string Favours = "an in-house hire when someone must be on your premises; KPO when the work can be remote";
            public const string SomeoneHasPremisesOwnStaff = "Someone has to be at your premises, which your own staff always are.";
            public const string BPOProviderWorksFromOwn = "A BPO provider works from its own operating site, not from yours.";
            public const string KPOExpertsUsuallyDeliverRemotely = "KPO experts usually deliver remotely, even from home.";
            public const string WorkDoneRemotelyKPOWork = "The work can be done remotely, and KPO work is not tied to any site.";
        }

        public static class WorkingHours
        {
            public const string Title = "Shared working hours";
            public const string Favours = "onshore and nearshore when you need overlap; offshore when round-the-clock cover is wanted";
            public const string WantYourHours = "you want the provider working your hours";
            public const string WantAFewHours = "you want a few shared hours a day";
            public static string OffshoreCoversYourNight(int minGap, int maxGap) => $"Being {minGap}–{maxGap} hours ahead or behind, an offshore team covers your night during its own day.";
            public static string DayShares(DateOnly date, TimeOnly start, TimeOnly end, string shared, Scoring.LocationOption band, string want) =>
                $"On {date:d MMMM yyyy} your {start:HH\\:mm}–{end:HH\\:mm} day shares {shared} with the {Scoring.OptionNames.Name(band)} examples, and {want}.";
            public static string CountryCoversYourNight(string country, double hoursApart) => $"{country} is {hoursApart:0.#} hours from you, so a team there covers your night during its own day.";
            public static string HoursWith(double hours, string country) => $"{hours:0.#} hours with {country}";
            public static string BandHours(string band, int minGap, int maxGap, int minShared, int maxShared, string want) =>
                $"{band} providers are {minGap}–{maxGap} hours apart in time, sharing about {minShared}–{maxShared} hours of a working day, and {want}.";
        }
    }
}
