using BenchmarkDotNet.Running;

namespace Attache.Bench;

public static class BenchProgram
{
    // dotnet run -c Release --project bench/Attache.Bench -- --filter '*'
    // dotnet run -c Release --project bench/Attache.Bench -- load --url http://127.0.0.1:5191 (see bench/load.sh)
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "load")
        {
            return await LoadRun.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
        return 0;
    }
}
