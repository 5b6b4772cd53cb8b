using Showcase.Bench;

// Search benchmark (issue 5): index build time, query latency by query shape with facets, memory, and the ratio to a
// plain scan of the same documents. Usage: dotnet run -c Release --project bench/Showcase.Bench [documents] [queries]
// Matching (issue 6): ... -- match [providers] [rounds]; collection exports (issue 8): ... -- export [cases] [rounds];
// GraphQL document limits (issue 19): ... -- graphql [rounds]
if (args.FirstOrDefault() == "bids")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- bids [bids] [writers, e.g. 1,8,64] [PostgreSQL connection string]
    await BidBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1]) : 5_000,
        args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [32],
        args.Length > 3 ? args[3] : null);
    return;
}

if (args.FirstOrDefault() == "freshness")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- freshness [rounds]
    await FreshnessBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 50);
    return;
}

if (args.FirstOrDefault() == "pictures")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- pictures [rounds]
    await PictureBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
    return;
}

if (args.FirstOrDefault() == "graphql")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- graphql [rounds]
    await GraphQLLimitsBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 20);
    return;
}

if (args.FirstOrDefault() == "listings")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- listings [sizes, e.g. 1000,10000,100000] [rounds]
    await ListingBench.RunAsync(
        args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToArray() : [1_000, 10_000, 100_000],
        args.Length > 2 ? int.Parse(args[2]) : 200);
    return;
}

if (args.FirstOrDefault() == "graphql-load")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- graphql-load [seconds per kind] [connections]
    await GraphQLLoadBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10, args.Length > 2 ? int.Parse(args[2]) : 32);
    return;
}

if (args.FirstOrDefault() == "import")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- import [rows]
    await ImportBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    return;
}

if (args.FirstOrDefault() == "memory")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- memory [rows] [minutes] [connections]
    await MemoryBench.RunAsync(
        args.Length > 1 ? int.Parse(args[1]) : 10_000,
        args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 3 ? int.Parse(args[3]) : 8);
    return;
}

if (args.FirstOrDefault() == "first-start")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- first-start [rounds] [variants, e.g. DOTNET_TieredPGO=0]
    await FirstStartBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5, args.Skip(2).ToArray());
    return;
}

if (args.FirstOrDefault() == "export")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- export [cases] [rounds]
    await ExportBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 200, args.Length > 2 ? int.Parse(args[2]) : 5);
    return;
}

if (args.FirstOrDefault() == "match-load")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- match-load [providers] [rounds]
    await MatchLoadBench.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 200);
    return;
}

if (args.FirstOrDefault() == "match")
{
    // dotnet run -c Release --project bench/Showcase.Bench -- match [providers] [rounds]
    MatchingBench.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000, args.Length > 2 ? int.Parse(args[2]) : 200);
    return;
}

// dotnet run -c Release --project bench/Showcase.Bench -- [documents] [rounds]
await SearchBench.RunAsync(args.Length > 0 ? int.Parse(args[0]) : 100_000, args.Length > 1 ? int.Parse(args[1]) : 200);
