using NetworkAdvisor.Cli;

return CliApp.Run(args, Console.In, Console.Out, Console.Error, TimeProvider.System);
