window.ui = SwaggerUIBundle({
  urls: [
    { url: "/openapi/wello.json", name: "Wello v6 User API" },
    { url: "/openapi/superoffice.json", name: "SuperOffice WebAPI User agent" }
  ],
  dom_id: "#roster-docs",
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: "StandaloneLayout",
  validatorUrl: null
});
