namespace NetworkAdvisor.Cli;

/// <summary>What every command writes to and reads the time from.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Time">The clock (only for defaults).</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, TimeProvider Time);
