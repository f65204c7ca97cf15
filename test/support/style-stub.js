// Stylesheets mean nothing to jsdom; components import them for the bundler only.
module.exports = {};
