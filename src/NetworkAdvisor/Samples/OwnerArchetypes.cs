namespace NetworkAdvisor.Samples;

/// <summary>The careers a sample export's owner is drawn from.</summary>
internal static class OwnerArchetypes
{
    private const string SoftSkills =
        "Leadership; Communication; Teamwork; Problem Solving; Stakeholder Management; Strategic Planning; Public Speaking; Negotiation; Mentoring; Change Management; English; German; French; Spanish";

    public static readonly OwnerArchetype[] All =
    [
        new(
            "Engineering",
            industries: "Software Development; IT Services and IT Consulting; Technology, Information and Internet; Financial Services",
            englishLadder: "Junior Software Developer; Software Engineer; Senior Software Engineer; Lead Software Engineer; Engineering Manager; Head of Engineering",
            germanLadder: "Werkstudent Softwareentwicklung; Softwareentwickler; Senior Softwareentwickler; Lead Developer; Teamleiter Softwareentwicklung; Head of Engineering",
            headlineTags: "Distributed systems; Kotlin & Go; Cloud-native; Building great teams; Platform engineering; Clean code advocate",
            skills: "Java; Kotlin; Go; Python; TypeScript; React; Kubernetes; Docker; Amazon Web Services (AWS); Microsoft Azure; Google Cloud Platform (GCP); PostgreSQL; Apache Kafka; Microservices; Distributed Systems; System Design; Software Architecture; Domain-Driven Design (DDD); Test-Driven Development; CI/CD; Terraform; Linux; Git; Agile Methodologies; Scrum; Code Review; Technical Leadership; Team Leadership; REST APIs; GraphQL; gRPC; Redis; Elasticsearch; Observability; Site Reliability Engineering (SRE); Performance Tuning; Spring Boot; .NET; C#; Rust; SQL; NoSQL; Event-Driven Architecture; Cloud Computing; " + SoftSkills,
            duties: "Built and operated the payment platform (Kotlin, Kafka, PostgreSQL) handling 2M transactions a day; Led the migration of a monolith to 40 microservices on Kubernetes; Grew the team from 4 to 18 engineers across two locations; Introduced trunk-based development and cut lead time from 3 weeks to 2 days; Mentored junior developers and ran the internal tech talks; Owned on-call, incident reviews and the reliability roadmap; Designed the public REST and GraphQL APIs used by 300+ partners",
            summary: "I build software and the teams that build it. Over {years} years I have moved from writing code every day to shaping architecture and growing engineers.; What I care about: simple systems, fast feedback, and teams that own what they ship.; Currently: leading platform and product engineering. Always happy to talk about distributed systems, hiring, and engineering culture."),
        new(
            "Sales",
            industries: "Software Development; IT Services and IT Consulting; Industrial Machinery Manufacturing; Telecommunications",
            englishLadder: "Sales Development Representative; Account Executive; Senior Account Executive; Key Account Manager; Sales Manager DACH; Head of Sales",
            germanLadder: "Vertriebsinnendienst; Account Executive; Senior Account Executive; Key Account Manager; Vertriebsleiter DACH; Head of Sales",
            headlineTags: "B2B SaaS; Enterprise Sales; Helping mid-market teams grow; Building revenue engines; DACH & Nordics",
            skills: "B2B Sales; Solution Selling; SaaS; Key Account Management; Negotiation; Salesforce.com; HubSpot; Lead Generation; Cold Calling; Pipeline Management; Sales Forecasting; Account Management; Business Development; Sales Management; Sales Operations; Customer Relationship Management (CRM); MEDDIC; Challenger Sale; Enterprise Software; Contract Negotiation; Presentation Skills; Coaching; Go-to-Market Strategy; Channel Partners; Strategic Partnerships; Value Selling; Closing; Prospecting; LinkedIn Sales Navigator; Social Selling; Revenue Growth; Territory Management; Sales Strategy; Sales Process; New Business Development; Inside Sales; Customer Success; Market Analysis; Team Building; " + SoftSkills,
            duties: "Closed 1.8M EUR new ARR in FY as #1 of 24 AEs; Opened the DACH market and signed the first 30 enterprise logos; Built and coached a team of 9 SDRs and AEs; Introduced MEDDIC and raised win rates from 18% to 27%; Managed 12 strategic accounts with 6M EUR yearly revenue; Set up the partner channel with 3 system integrators; Reached 132% of quota three years in a row",
            summary: "I help B2B companies turn good products into predictable revenue. {years} years in sales, from cold calls to leading a team.; I believe in honest discovery, clear mutual plans and long customer relationships.; Let's talk about go-to-market, sales hiring or expanding into DACH."),
        new(
            "Marketing",
            industries: "Advertising Services; Software Development; Retail; Consumer Services",
            englishLadder: "Marketing Assistant; Online Marketing Manager; Content Marketing Manager; Senior Marketing Manager; Head of Marketing; VP Marketing",
            germanLadder: "Werkstudent Marketing; Online Marketing Manager; Content Marketing Managerin; Senior Marketing Manager; Leiterin Marketing; VP Marketing",
            headlineTags: "Brand & Demand; B2B Marketing; Storytelling with data; Growth; Content that converts",
            skills: "Digital Marketing; Content Marketing; Search Engine Optimization (SEO); Search Engine Marketing (SEM); Google Ads; Google Analytics; Marketing Automation; HubSpot; Email Marketing; Social Media Marketing; Brand Management; Marketing Strategy; Demand Generation; Account-Based Marketing; Copywriting; Product Marketing; Go-to-Market Strategy; Event Management; Public Relations; Influencer Marketing; Performance Marketing; A/B Testing; Conversion Rate Optimization; Market Research; Customer Insight; Campaign Management; Budget Management; Salesforce.com; Marketing Analytics; Positioning; Storytelling; Video Marketing; Community Building; Webinars; LinkedIn Ads; Meta Ads; Affiliate Marketing; Growth Marketing; Lifecycle Marketing; " + SoftSkills,
            duties: "Rebuilt the brand and website, doubling organic traffic in 12 months; Owned a 2.4M EUR budget across paid, events and content; Built the marketing team from 2 to 11 people; Launched account-based marketing for the top 200 target accounts; Ran the annual customer conference with 1,500 attendees; Set up HubSpot and a full-funnel reporting that sales trusts",
            summary: "Marketer for {years} years, equally at home in spreadsheets and on stage.; I connect brand, demand and product marketing so that sales has better conversations.; Ask me about B2B positioning, content strategy and building small teams with big output."),
        new(
            "Product Management",
            industries: "Software Development; Financial Services; Technology, Information and Internet; Insurance",
            englishLadder: "Business Analyst; Product Owner; Product Manager; Senior Product Manager; Group Product Manager; Director of Product",
            germanLadder: "Business Analyst; Product Owner; Produktmanager; Senior Produktmanager; Group Product Manager; Director of Product",
            headlineTags: "Fintech; Outcome over output; Discovery & delivery; Data-informed product; Marketplaces",
            skills: "Product Management; Product Strategy; Product Discovery; Roadmapping; User Research; User Experience (UX); A/B Testing; Agile Methodologies; Scrum; Kanban; Jira; Confluence; SQL; Data Analysis; Amplitude; Product Analytics; OKRs; Go-to-Market Strategy; Pricing Strategy; Stakeholder Alignment; Requirements Analysis; User Stories; Prototyping; Figma; Market Research; Competitive Analysis; Business Strategy; Product Lifecycle Management; Platform Products; API Products; Payments; Fintech; Marketplaces; Growth Strategy; Experimentation; Customer Interviews; Design Thinking; Lean Startup; Product Operations; " + SoftSkills,
            duties: "Owned the checkout and payments roadmap, lifting conversion by 11%; Led discovery with 60+ customer interviews that reshaped the onboarding; Managed a portfolio of 4 product teams (28 people); Launched the partner API used by 300 integrations; Introduced OKRs and a quarterly product review; Defined the pricing model for the enterprise tier",
            summary: "Product person for {years} years. I like hard problems, clear metrics and teams that talk to customers every week.; My focus: discovery, prioritisation and turning strategy into roadmaps people understand.; Currently building products in fintech and always happy to exchange notes with other product leaders."),
        new(
            "Human Resources",
            industries: "Staffing and Recruiting; Human Resources Services; Software Development; Hospitals and Health Care",
            englishLadder: "HR Assistant; Recruiter; Senior Technical Recruiter; Talent Acquisition Lead; Head of Talent Acquisition; Head of People",
            germanLadder: "Werkstudentin HR; Recruiterin; Senior Technical Recruiterin; Talent Acquisition Lead; Head of Talent Acquisition; Leiterin Personal",
            headlineTags: "We're hiring!; Tech recruiting; Employer branding; People & Culture; Building diverse teams",
            skills: "Recruiting; Technical Recruiting; Talent Acquisition; Sourcing; Boolean Search; Employer Branding; Interviewing; Candidate Experience; Applicant Tracking Systems (ATS); Greenhouse; Workday; Onboarding; HR Policies; Employee Relations; Performance Management; Compensation & Benefits; Talent Management; Learning & Development; Diversity & Inclusion; Workforce Planning; HR Business Partnering; Labor Law; Organizational Development; People Analytics; Employee Engagement; Succession Planning; Executive Search; Headhunting; LinkedIn Recruiter; Active Sourcing; Campus Recruiting; Offer Negotiation; HR Strategy; Culture Building; Coaching; Conflict Resolution; Payroll; " + SoftSkills,
            duties: "Hired 140 engineers and product people in 18 months; Built the talent acquisition team and process from scratch; Cut time-to-hire from 62 to 34 days; Launched the employer branding programme and careers site; Introduced structured interviews and interviewer training; Ran compensation reviews and leveling for 400 employees",
            summary: "{years} years of helping people find the right job and companies find the right people.; I believe great hiring is a product: candidate experience, data and a lot of honest conversations.; Hiring? Looking? Drop me a message."),
        new(
            "Consulting",
            industries: "Business Consulting and Services; IT Services and IT Consulting; Financial Services; Automotive",
            englishLadder: "Business Analyst; Consultant; Senior Consultant; Manager; Senior Manager; Associate Partner",
            germanLadder: "Praktikant Strategy; Consultant; Senior Consultant; Manager; Senior Manager; Associate Partner",
            headlineTags: "Digital transformation; Operating models; Automotive & Manufacturing; Strategy to execution",
            skills: "Management Consulting; Strategy; Business Transformation; Digital Transformation; Operating Model Design; Change Management; Project Management; Program Management; Business Process Improvement; Process Optimization; Lean; Six Sigma; Financial Modeling; Due Diligence; Market Analysis; Business Case Development; PowerPoint; Excel; Workshop Facilitation; Client Relationship Management; Proposal Writing; Pre-Sales; IT Strategy; Enterprise Architecture; SAP; Supply Chain Management; Cost Reduction; Post-Merger Integration; Organizational Design; PMO; Risk Management; Automotive; Manufacturing; Agile Transformation; Data Strategy; Business Analysis; Requirements Gathering; Team Management; " + SoftSkills,
            duties: "Led a 12-person team on the post-merger integration of two automotive suppliers; Designed the target operating model for a 3,000-FTE shared service centre; Ran a cost programme that saved 45M EUR in two years; Built the firm's manufacturing analytics offering; Managed client relationships with three DAX companies",
            summary: "Consultant for {years} years, mostly in automotive and manufacturing.; I help leadership teams turn strategy into programmes that actually land.; Interested in transformation, operating models and pragmatic use of data."),
        new(
            "Finance",
            industries: "Financial Services; Banking; Investment Management; Software Development",
            englishLadder: "Junior Controller; Financial Analyst; Senior Financial Analyst; Finance Manager; Head of Controlling; CFO",
            germanLadder: "Werkstudent Controlling; Controller; Senior Controller; Finance Manager; Leiter Controlling; CFO",
            headlineTags: "FP&A; Scale-up finance; Numbers that tell a story; Fundraising; Financial planning",
            skills: "Financial Analysis; Financial Modeling; FP&A; Budgeting; Forecasting; Controlling; Management Reporting; Excel; SAP; SAP FI/CO; IFRS; HGB; US GAAP; Corporate Finance; Cash Flow Management; Treasury; Fundraising; Investor Relations; Mergers & Acquisitions (M&A); Valuation; Due Diligence; Cost Accounting; Business Intelligence; Power BI; Tableau; SQL; Accounting; Audit; Tax; Risk Management; Internal Controls; Business Partnering; Pricing; Unit Economics; SaaS Metrics; Board Reporting; Process Improvement; ERP Implementation; " + SoftSkills,
            duties: "Built the FP&A function and monthly board reporting; Led the Series B data room and due diligence (40M EUR); Introduced rolling forecasts and driver-based planning; Implemented a new ERP in 7 months; Managed a team of 6 controllers and accountants; Reduced month-end close from 12 to 5 working days",
            summary: "Finance professional with {years} years in controlling, FP&A and scale-up finance.; I like turning numbers into decisions and building finance teams the business actually wants to talk to.; Open to exchanging ideas on planning, fundraising and SaaS metrics."),
    ];
}
