namespace NetworkAdvisor.Classification;

/// <summary>LinkedIn's 26 job functions, plus <see cref="Unknown"/>. Display names via <see cref="Vocabulary"/>.</summary>
public enum JobFunction
{
    /// <summary>No function can be told from the title.</summary>
    Unknown = 0,

    /// <summary>Accounting.</summary>
    Accounting,

    /// <summary>Administrative.</summary>
    Administrative,

    /// <summary>Arts and Design.</summary>
    ArtsAndDesign,

    /// <summary>Business Development.</summary>
    BusinessDevelopment,

    /// <summary>Community and Social Services.</summary>
    CommunityAndSocialServices,

    /// <summary>Consulting.</summary>
    Consulting,

    /// <summary>Customer Success and Support.</summary>
    CustomerSuccessAndSupport,

    /// <summary>Education.</summary>
    Education,

    /// <summary>Engineering.</summary>
    Engineering,

    /// <summary>Entrepreneurship.</summary>
    Entrepreneurship,

    /// <summary>Finance.</summary>
    Finance,

    /// <summary>Healthcare Services.</summary>
    HealthcareServices,

    /// <summary>Human Resources.</summary>
    HumanResources,

    /// <summary>Information Technology.</summary>
    InformationTechnology,

    /// <summary>Legal.</summary>
    Legal,

    /// <summary>Marketing.</summary>
    Marketing,

    /// <summary>Media and Communication.</summary>
    MediaAndCommunication,

    /// <summary>Military and Protective Services.</summary>
    MilitaryAndProtectiveServices,

    /// <summary>Operations.</summary>
    Operations,

    /// <summary>Product Management.</summary>
    ProductManagement,

    /// <summary>Program and Project Management.</summary>
    ProgramAndProjectManagement,

    /// <summary>Purchasing.</summary>
    Purchasing,

    /// <summary>Quality Assurance.</summary>
    QualityAssurance,

    /// <summary>Real Estate.</summary>
    RealEstate,

    /// <summary>Research.</summary>
    Research,

    /// <summary>Sales.</summary>
    Sales,
}
