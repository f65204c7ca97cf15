/** Company names (企业名称自主申报, simulated): the availability check for 企业设立登记. */
export { checkCompanyNameAvailability, districtOfName, nameCore } from './names';
export { companyRoutes } from './routes';
