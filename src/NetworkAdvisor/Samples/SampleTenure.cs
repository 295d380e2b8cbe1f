namespace NetworkAdvisor.Samples;

/// <summary>One of the owner's jobs as days: who the owner's colleagues were, and when.</summary>
/// <param name="Company">The company name exactly as in the positions.</param>
/// <param name="First">The job's first day.</param>
/// <param name="Last">The job's last day (the export date for the current job).</param>
/// <param name="IsCurrent">Whether it is the current job.</param>
internal sealed record SampleTenure(string Company, DateOnly First, DateOnly Last, bool IsCurrent);
