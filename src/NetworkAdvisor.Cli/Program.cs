using NetworkAdvisor.Cli;

StandardOutput.Install();
return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
