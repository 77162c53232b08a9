import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

/**
 * Chart.js with only what the reports draw (line and bar charts, their scales, legend and tooltip)
 * registered: the rest of the library is left out of the bundle. This module is imported only
 * dynamically (by ReportChart), so chart.js is a chunk of its own that loads with the reports.
 */
Chart.register(
  LineController,
  BarController,
  LineElement,
  PointElement,
  BarElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

export { Chart };
