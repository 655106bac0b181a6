# Build: the same publish command as the README's "Publish" section.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/OutsourcingAdvisor.Web -c Release -o /app/publish

# Run: ASP.NET Core runtime only, as the image's non-root "app" user, on port 8080.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app/publish .
# SQLite by default, on a volume; for PostgreSQL set Database__Provider=PostgreSQL and ConnectionStrings__Advisor
# (see docker-compose.yml). `docker run IMAGE migrate` does the start-up database work once and exits.
# seed-data/ is inside the published output.
RUN mkdir -p /app/data && chown app:app /app/data
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Advisor="Data Source=/app/data/advisor.db"
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "OutsourcingAdvisor.Web.dll"]
