namespace NetworkAdvisor.Samples;

/// <summary>The languages of the synthetic network's people, titles and companies.</summary>
internal enum SampleLanguage
{
    English = 0,
    German = 1,
    French = 2,
    Spanish = 3,
    Portuguese = 4,
    Italian = 5,
    Dutch = 6,
    Swedish = 7,
    Norwegian = 8,
    Danish = 9,
    Finnish = 10,
}
